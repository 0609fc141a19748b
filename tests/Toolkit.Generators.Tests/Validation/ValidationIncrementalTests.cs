using Microsoft.CodeAnalysis;
using Toolkit.Generators.Pipeline;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Validation;

/// <summary>
/// The validation step caches: unrelated edits regenerate nothing, an edit to one interface regenerates only its
/// decorator, and an edit to the rules of a parameter type (in another file) does regenerate the decorator that uses it.
/// </summary>
public sealed class ValidationIncrementalTests
{
    private const string Alpha = """
        namespace N;
        [Toolkit.GenerateValidation]
        public partial interface IAlpha
        {
            int Count(Settings settings);
        }
        """;

    private const string Beta = """
        namespace N;
        [Toolkit.GenerateValidation]
        public partial interface IBeta
        {
            void Reset([System.ComponentModel.DataAnnotations.Range(1, 5)] int level);
        }
        """;

    private const string Settings = """
        namespace N;
        public sealed class Settings
        {
            [System.ComponentModel.DataAnnotations.Range(1, 10)] public int Retries { get; set; } = 1;
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
    public void Unrelated_edit_leaves_the_validation_step_and_outputs_cached()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Other.cs", Other.Replace("=> 1", "=> 2", StringComparison.Ordinal)));

        var reasons = second.StepReasons(StepNames.ValidationInterfaces).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "step was " + r));
        Assert.All(second.OutputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    [Fact]
    public void Edit_to_one_interface_regenerates_only_its_decorator()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Beta.cs", Beta.Replace("Range(1, 5)", "Range(1, 6)", StringComparison.Ordinal)));

        Assert.Single(second.OutputReasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(second.StepReasons(StepNames.ValidationInterfaces), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("RangeAttribute(1, 6)", second.Source("N.IBeta.Validating.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_to_a_rule_of_a_parameter_type_regenerates_the_decorator_that_uses_it()
    {
        var (driver, compilation) = FirstRun();

        var second = GeneratorHarness.Run(driver, TestCompilation.Replace(compilation, "Settings.cs", Settings.Replace("Range(1, 10)", "Range(1, 20)", StringComparison.Ordinal)));

        Assert.Contains("RangeAttribute(1, 20)", second.Source("N.IAlpha.Validating.g.cs"), StringComparison.Ordinal);
        Assert.Single(second.StepReasons(StepNames.ValidationInterfaces), r => r == IncrementalStepRunReason.Modified);
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = TestCompilation.Create([("Alpha.cs", Alpha), ("Beta.cs", Beta), ("Settings.cs", Settings), ("Other.cs", Other)]);
        var first = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
        Assert.Equal(2, first.Result.GeneratedSources.Length);
        return (first.Driver, compilation);
    }
}
