using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Toolkit.Generators.Analyzers;

namespace Toolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="DriverGenerator"/> with <see cref="CSharpGeneratorDriver"/>, tracking incremental steps, and
/// runs the Toolkit analyzers. Keep the returned driver to run it again on an edited compilation.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>A driver with step tracking on, for a fresh run or for incremental tests.</summary>
    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new DriverGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Generates for <paramref name="sources"/> in a fresh compilation.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(TestCompilation.Create(sources));

    /// <summary>Generates for <paramref name="compilation"/> with a fresh driver.</summary>
    public static GeneratorRun Run(Compilation compilation) => Run(CreateDriver(), compilation);

    /// <summary>Runs <paramref name="driver"/> (which may have run before) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics, driver.GetRunResult().Results.Single());
    }

    /// <summary>The Toolkit analyzers' diagnostics for <paramref name="compilation"/> (after generation, so user code may use mocks).</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
        => compilation
            .WithAnalyzers([new TargetAnalyzer(), new ValidationAnalyzer(), new TrackingAnalyzer(), new RegistrationAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();

    /// <summary>The Toolkit analyzers' diagnostics for <paramref name="sources"/>.</summary>
    public static ImmutableArray<Diagnostic> Analyze(params string[] sources) => Analyze(TestCompilation.Create(sources));
}

/// <summary>The outcome of one generator run.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation InputCompilation, Compilation OutputCompilation, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorRunResult Result)
{
    /// <summary>The generated files, by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The one generated file whose hint name ends with <paramref name="hintNameSuffix"/>.</summary>
    public string Source(string hintNameSuffix)
    {
        var matches = Result.GeneratedSources.Where(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, "Expected one generated file ending with '" + hintNameSuffix + "', found: " + string.Join(", ", Result.GeneratedSources.Select(s => s.HintName)));
        return matches[0].SourceText.ToString();
    }

    /// <summary>Warnings and errors located in generated files (they would break a user's build).</summary>
    public ImmutableArray<Diagnostic> GeneratedCodeDiagnostics
    {
        get
        {
            var generated = Result.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
            return OutputCompilation.Problems().Where(d => d.Location.SourceTree is { } tree && generated.Contains(tree)).ToImmutableArray();
        }
    }

    /// <summary>Fails when the generator threw, reported a diagnostic, or produced code with warnings or errors.</summary>
    public GeneratorRun ShouldCompileCleanly()
    {
        Assert.Null(Result.Exception);
        Assert.Empty(GeneratorDiagnostics);
        var problems = GeneratedCodeDiagnostics;
        Assert.True(problems.IsEmpty, "Generated code has problems:\n" + string.Join("\n", problems.Take(30)) + "\n\n" + string.Join("\n\n", Sources.Values));
        return this;
    }

    /// <summary>Fails unless the whole output compilation (user code using the generated code too) is clean.</summary>
    public GeneratorRun ShouldCompileWithoutProblems()
    {
        ShouldCompileCleanly();
        var problems = OutputCompilation.Problems();
        Assert.True(problems.IsEmpty, "Compilation has problems:\n" + string.Join("\n", problems.Take(30)));
        return this;
    }

    /// <summary>The reasons recorded for every output of tracked step <paramref name="stepName"/>.</summary>
    public IEnumerable<IncrementalStepRunReason> StepReasons(string stepName)
        => Result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason)
            : [];

    /// <summary>The reasons recorded for every source output.</summary>
    public IEnumerable<IncrementalStepRunReason> OutputReasons
        => Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);
}
