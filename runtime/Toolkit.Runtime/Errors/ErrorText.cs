using System.Globalization;
using System.Text;

namespace Toolkit.Errors;

/// <summary>
/// Formats the pieces of driver error messages, so that every message quotes values, ends
/// sentences and shows durations the same way, whatever text the caller passed in.
/// </summary>
internal static class ErrorText
{
    /// <summary>Values longer than this are shortened in messages; the full value stays on the exception's properties.</summary>
    internal const int MaxQuotedLength = 256;

    /// <summary>
    /// Quotes a value for a message: <c>'value'</c>, with control characters escaped (so a value with a
    /// newline cannot forge extra log lines) and long values shortened with an ellipsis.
    /// </summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 8);
        builder.Append('\'');
        var length = Math.Min(value.Length, MaxQuotedLength);
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (value.Length > MaxQuotedLength)
        {
            builder.Append('…');
        }

        builder.Append('\'');
        return builder.ToString();
    }

    /// <summary>
    /// A caller-supplied reason, ready to sit between a colon and the next sentence: trimmed, without a
    /// trailing full stop (the message adds its own), and never empty.
    /// </summary>
    public static string Reason(string? reason)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        while (trimmed.EndsWith('.') && !trimmed.EndsWith("...", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        return trimmed.Length == 0 ? "no reason was given" : trimmed;
    }

    /// <summary>A duration as people read it in a message: <c>250 ms</c>, <c>1.5 s</c>, <c>2 min 5 s</c>.</summary>
    public static string Duration(TimeSpan duration)
    {
        if (duration == Timeout.InfiniteTimeSpan)
        {
            return "an infinite time";
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0.###} ms");
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###} s");
        }

        var minutes = (long)duration.TotalMinutes;
        var seconds = duration.TotalSeconds - (minutes * 60);
        return seconds < 0.001
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min {seconds:0.###} s");
    }
}
