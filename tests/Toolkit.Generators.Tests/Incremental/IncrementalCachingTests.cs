using Microsoft.CodeAnalysis;
using Toolkit.Generators.Pipeline;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Incremental;

/// <summary>
/// The pipeline caches: an edit that touches no target leaves every step Cached or Unchanged, and an edit to one
/// interface regenerates only that interface's output.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Alpha = """
        namespace N;
        [Toolkit.GenerateMock]
        public partial interface IAlpha
        {
            int Count(string text);
        }
        """;

    private const string Beta = """
        namespace N;
        [Toolkit.GenerateMock]
        public partial interface IBeta
        {
            void Reset();
        }
        """;

    private const string AssemblyLevel = """
        [assembly: Toolkit.GenerateMock(typeof(System.IDisposable))]
        [assembly: Toolkit.GenerateMock(typeof(System.IObserver<>))]
        namespace N;
        internal static class Marker { }
        """;

    private const string Other = """
        namespace N;
        public sealed class Service
        {
            public int Value => 1;
        }
        """;

    private static readonly string[] AllSteps =
    [
        StepNames.MockInterfaces,
        StepNames.MockAssemblyTargets,
        StepNames.MockInterfaceNames,
        StepNames.MockInterfacesNamed,
        StepNames.MockAssemblyTargetsDeduplicated,
    ];

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun();
        var edited = TestCompilation.Replace(compilation, "Other.cs", Other.Replace("=> 1", "=> 2"));

        var second = GeneratorHarness.Run(driver, edited);

        foreach (var step in AllSteps)
        {
            var reasons = second.StepReasons(step).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + r));
        }

        Assert.All(second.OutputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    [Fact]
    public void Edit_to_the_assembly_attribute_file_that_keeps_its_targets_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        var edited = TestCompilation.Replace(compilation, "AssemblyLevel.cs", AssemblyLevel.Replace("class Marker { }", "class Marker { public const int X = 1; }"));

        var second = GeneratorHarness.Run(driver, edited);

        Assert.All(second.OutputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    [Fact]
    public void Edit_to_one_interface_regenerates_only_its_output()
    {
        var (driver, compilation) = FirstRun();
        var edited = TestCompilation.Replace(compilation, "Alpha.cs", Alpha.Replace("int Count(string text);", "int Count(string text);\n    bool IsEmpty { get; }"));

        var second = GeneratorHarness.Run(driver, edited);

        Assert.Single(second.OutputReasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("IAlpha", second.Source("N.IAlpha.Mock.g.cs"));
        Assert.Contains("IsEmpty", second.Source("N.IAlpha.Mock.g.cs"));
        Assert.All(
            second.OutputReasons.Where(r => r != IncrementalStepRunReason.Modified),
            r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));

        var interfaceSteps = second.StepReasons(StepNames.MockInterfaces).ToList();
        Assert.Single(interfaceSteps, r => r == IncrementalStepRunReason.Modified);
        Assert.All(second.StepReasons(StepNames.MockAssemblyTargetsDeduplicated), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = TestCompilation.Create([("Alpha.cs", Alpha), ("Beta.cs", Beta), ("AssemblyLevel.cs", AssemblyLevel), ("Other.cs", Other)]);
        var first = GeneratorHarness.Run(compilation);
        Assert.Equal(4, first.Result.GeneratedSources.Length);
        return (first.Driver, compilation);
    }
}
