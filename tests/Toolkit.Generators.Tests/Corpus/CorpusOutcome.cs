using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>The outcome of a corpus run, or of several batches combined.</summary>
internal sealed record CorpusOutcome(
    IReadOnlyList<InterfaceOutcome> Interfaces,
    IReadOnlyList<Diagnostic> Unattributed,
    IReadOnlyList<Exception> GeneratorExceptions,
    IReadOnlyList<Diagnostic> GeneratorDiagnostics,
    IReadOnlyDictionary<string, int> ExperimentalSuppressions,
    int GeneratedLines,
    TimeSpan GenerateTime,
    TimeSpan CheckTime,
    TimeSpan ProcessorTime)
{
    /// <summary>Interfaces mocked cleanly.</summary>
    public int Mocked => Interfaces.Count(i => i.IsMocked);

    /// <summary>Interfaces without a mock, explained by an analyzer.</summary>
    public int Diagnosed => Interfaces.Count(i => i.IsDiagnosed);

    /// <summary>Two outcomes as one.</summary>
    public static CorpusOutcome Combine(CorpusOutcome first, CorpusOutcome second) => new(
        [.. first.Interfaces, .. second.Interfaces],
        [.. first.Unattributed, .. second.Unattributed],
        [.. first.GeneratorExceptions, .. second.GeneratorExceptions],
        [.. first.GeneratorDiagnostics, .. second.GeneratorDiagnostics],
        first.ExperimentalSuppressions.Concat(second.ExperimentalSuppressions).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal),
        first.GeneratedLines + second.GeneratedLines,
        first.GenerateTime + second.GenerateTime,
        first.CheckTime + second.CheckTime,
        first.ProcessorTime + second.ProcessorTime);

    /// <summary>Interfaces neither mocked cleanly nor explained by a diagnostic.</summary>
    public IEnumerable<InterfaceOutcome> Failures => Interfaces.Where(i => !i.IsMocked && !i.IsDiagnosed);

    /// <summary>One line per group (interfaces, mocked, diagnosed by ID, failures, generated lines), then the totals.</summary>
    public IEnumerable<string> Report()
    {
        foreach (var group in Interfaces.GroupBy(i => i.Interface.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var diagnosed = group.Where(i => i.IsDiagnosed)
                .GroupBy(i => i.AnalyzerDiagnostics[0].Id)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + " " + g.Count());
            yield return group.Key + ": " + group.Count() + " interfaces, mocked " + group.Count(i => i.IsMocked)
                + ", diagnosed " + group.Count(i => i.IsDiagnosed) + (group.Any(i => i.IsDiagnosed) ? " (" + string.Join(", ", diagnosed) + ")" : "")
                + ", failures " + group.Count(i => !i.IsMocked && !i.IsDiagnosed)
                + "; " + group.Sum(i => i.GeneratedLines ?? 0) + " generated lines";
        }

        yield return "Total: " + Interfaces.Count + " interfaces in " + Interfaces.Select(i => i.Interface.Group).Distinct().Count() + " groups, mocked " + Mocked + ", diagnosed " + Diagnosed + ", failures " + Failures.Count();
        yield return "[Experimental] IDs suppressed (files): " + (ExperimentalSuppressions.Count == 0 ? "none" : string.Join(", ", ExperimentalSuppressions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value)));
        yield return "Generated lines: " + GeneratedLines + "; time: generate " + GenerateTime.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s, compile and analyze " + CheckTime.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)
            + " s, processor time " + ProcessorTime.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture) + " s, peak working set of the test process " + (System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20) + " MiB";
    }
}
