using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>What happened to one interface.</summary>
internal sealed record InterfaceOutcome(CorpusInterface Interface, int? GeneratedLines, IReadOnlyList<Diagnostic> AnalyzerDiagnostics, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Whether a mock was generated.</summary>
    public bool Generated => GeneratedLines is not null;

    /// <summary>Mocked: the mock was generated, compiles without warnings, and no analyzer objected.</summary>
    public bool IsMocked => Generated && Problems.Count == 0 && AnalyzerDiagnostics.Count == 0;

    /// <summary>Explained: no mock, and an analyzer said why.</summary>
    public bool IsDiagnosed => !Generated && Problems.Count == 0 && AnalyzerDiagnostics.Count > 0;

    /// <summary>A readable account of a failure.</summary>
    public string Describe()
        => Interface.DisplayName + " (" + Interface.Group + "): "
            + (Generated ? "generated" : "not generated")
            + (AnalyzerDiagnostics.Count > 0 ? "; analyzers: " + string.Join("; ", AnalyzerDiagnostics.Take(3)) : "; no analyzer diagnostic")
            + (Problems.Count > 0 ? "; problems: " + string.Join("; ", Problems.Take(3)) : "");
}
