using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>What every corpus run must show: each interface mocked cleanly, or explained by an accepted, documented diagnostic.</summary>
internal static class CorpusAssert
{
    /// <summary>
    /// Fails on a generator exception or diagnostic, a problem outside any mock, an interface neither mocked nor
    /// explained, or an explanation whose ID is not in <paramref name="accepted"/> or has no section in docs/diagnostics.md.
    /// </summary>
    public static void EveryInterfaceMockedOrExplained(CorpusOutcome outcome, IReadOnlySet<string> accepted)
    {
        Assert.Empty(outcome.GeneratorExceptions);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.True(outcome.Unattributed.Count == 0, "Problems outside any mock:\n" + string.Join("\n", outcome.Unattributed.Take(20)));
        Assert.True(!outcome.Failures.Any(), "Interfaces neither mocked nor explained:\n" + string.Join("\n", outcome.Failures.Take(40).Select(f => f.Describe())));

        var documented = DocumentedIds();
        foreach (var diagnostic in outcome.Interfaces.Where(i => i.IsDiagnosed).SelectMany(i => i.AnalyzerDiagnostics))
        {
            Assert.True(accepted.Contains(diagnostic.Id), "Not an accepted reason for an interface to go without a mock: " + diagnostic);
            Assert.True(documented.Contains(diagnostic.Id), diagnostic.Id + " has no section in docs/diagnostics.md");
        }
    }

    private static HashSet<string> DocumentedIds([CallerFilePath] string thisFile = "")
    {
        var docs = Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "diagnostics.md");
        return Regex.Matches(File.ReadAllText(docs), "^## (TK[0-9]{4})", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }
}
