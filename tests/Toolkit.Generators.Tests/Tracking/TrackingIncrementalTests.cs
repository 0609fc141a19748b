using Microsoft.CodeAnalysis;
using Toolkit.Generators.Pipeline;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Tracking;

/// <summary>The tracking step caches: unrelated edits regenerate nothing; an edit to one interface regenerates only its decorator.</summary>
public sealed class TrackingIncrementalTests
{
    private const string Alpha = """
        namespace N;
        public sealed record Secret(string Name, [property: Toolkit.Sensitive] string Value);
        [Toolkit.GenerateTracking]
        public partial interface IAlpha
        {
            int Count(string text, Secret secret);
        }
        """;

    private const string Beta = """
        namespace N;
        [Toolkit.GenerateTracking]
        public partial interface IBeta
        {
            System.Threading.Tasks.Task ResetAsync();
        }
        """;

    private const string Other = """
        namespace N;
        public sealed class Service
        {
            public int Value => 1;
        }
        """;

    [Fact]
    public void Unrelated_edit_leaves_the_tracking_step_and_outputs_cached()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Other.cs", Other.Replace("=> 1", "=> 2")));

        var reasons = second.StepReasons(StepNames.TrackingInterfaces).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "step was " + r));
        Assert.All(second.OutputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    [Fact]
    public void Edit_to_one_interface_regenerates_only_its_decorator()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Alpha.cs", Alpha.Replace("int Count(string text, Secret secret);", "int Count(string text, Secret secret);\n    void Clear();")));

        Assert.Single(second.OutputReasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("s_telemetry.Operation(\"Clear\")", second.Source("N.IAlpha.Tracking.g.cs"), StringComparison.Ordinal);
        Assert.Single(second.StepReasons(StepNames.TrackingInterfaces), r => r == IncrementalStepRunReason.Modified);
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = TestCompilation.Create([("Alpha.cs", Alpha), ("Beta.cs", Beta), ("Other.cs", Other)]);
        var first = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
        Assert.Equal(2, first.Result.GeneratedSources.Length);
        return (first.Driver, compilation);
    }
}
