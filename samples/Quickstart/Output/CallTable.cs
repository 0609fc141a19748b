using System.Globalization;
using Toolkit.Tracking;

namespace Quickstart.Output;

/// <summary>Renders the tracked calls from the in-memory sink as a table: every figure is a measured one.</summary>
internal static class CallTable
{
    private const int ArgumentsWidth = 56;

    public static IEnumerable<string> Render(IReadOnlyList<CallRecord> calls)
    {
        string[] header = ["#", "Driver", "Operation", "Duration", "Outcome", "Arguments"];
        var rows = calls.Select((call, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            call.Driver,
            call.Operation,
            FormatDuration(call.Duration),
            call.Exception is null ? "ok" : "failed: " + call.Exception.GetType().Name,
            Shorten(call.Arguments.ToString()),
        }).ToList();

        var widths = header.Select((h, column) => rows.Select(r => r[column].Length).Append(h.Length).Max()).ToArray();
        yield return Format(header, widths);
        yield return Format(widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            yield return Format(row, widths);
        }
    }

    private static string Format(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column is 0 or 3 ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]))).TrimEnd();

    private static string FormatDuration(TimeSpan duration) => duration.TotalMilliseconds switch
    {
        < 1 => duration.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture) + " µs",
        < 1000 => duration.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        _ => duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };

    private static string Shorten(string text) => text.Length <= ArgumentsWidth ? text : text[..(ArgumentsWidth - 1)] + "…";
}
