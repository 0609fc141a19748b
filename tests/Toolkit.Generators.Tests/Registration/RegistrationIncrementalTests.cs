using Microsoft.CodeAnalysis;
using Toolkit.Generators.Pipeline;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Registration;

/// <summary>Both registration steps cache: unrelated edits regenerate nothing; editing an implementation regenerates only its constructor call.</summary>
public sealed class RegistrationIncrementalTests
{
    private const string Interface = """
        namespace N;
        [Toolkit.GenerateRegistration]
        public partial interface IStore { void Put(string key); }
        """;

    private const string Implementation = """
        namespace N;
        public interface IClock { }
        [Toolkit.DriverImplementation]
        public sealed partial class Store : IStore
        {
            public Store(IClock clock) { }
            public void Put(string key) { }
        }
        """;

    private const string Other = """
        namespace N;
        public sealed class Service { public int Value => 1; }
        """;

    [Fact]
    public void Unrelated_edit_leaves_both_steps_and_all_outputs_cached()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Other.cs", Other.Replace("=> 1", "=> 2")));

        foreach (var step in new[] { StepNames.RegistrationInterfaces, StepNames.RegistrationImplementations })
        {
            var reasons = second.StepReasons(step).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + r));
        }

        Assert.All(second.OutputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    [Fact]
    public void Editing_a_method_body_of_the_implementation_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Store.cs", Implementation.Replace("public void Put(string key) { }", "public void Put(string key) { _ = key.Length; }")));

        Assert.All(second.StepReasons(StepNames.RegistrationImplementations), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "step was " + r));
        Assert.All(second.OutputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    [Fact]
    public void Changing_the_constructor_regenerates_only_the_constructor_call()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Store.cs", Implementation.Replace("public Store(IClock clock) { }", "public Store(IClock clock, int shards = 4) { }")));

        Assert.Single(second.OutputReasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("GetServiceOrDefault<int>(services, 4)", second.Source("N.Store.Activator.g.cs"), StringComparison.Ordinal);
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = TestCompilation.Create([("IStore.cs", Interface), ("Store.cs", Implementation), ("Other.cs", Other)]);
        var first = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
        Assert.Equal(2, first.Result.GeneratedSources.Length);
        return (first.Driver, compilation);
    }
}
