using Microsoft.CodeAnalysis;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Validation;

internal static class GeneratorRunAssertions
{
    /// <summary>Fails when the whole output compilation has an error other than CS1591 (test sources are not documented).</summary>
    public static GeneratorRun ShouldHaveNoErrors(this GeneratorRun run)
    {
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS1591").ToList();
        Assert.True(errors.Count == 0, "Compilation has errors:\n" + string.Join("\n", errors.Take(20)));
        return run;
    }
}
