using System.Globalization;

namespace Toolkit.Docker.Streams;

/// <summary>
/// Parses the engine's RFC 3339 timestamps, which carry nanoseconds (9 fractional digits, more than
/// .NET's 7), and its "never" value <c>0001-01-01T00:00:00Z</c>.
/// </summary>
internal static class DockerTimestamp
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.StartsWith("0001-01-01", StringComparison.Ordinal))
        {
            return null;
        }

        return TryParse(text.AsSpan(), out var value) ? value : null;
    }

    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        // Cut the fraction to 7 digits: "2024-01-02T03:04:05.123456789Z" -> "...05.1234567Z".
        Span<char> buffer = stackalloc char[64];
        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = Math.Min(end - dot - 1, 7);
            var length = dot + 1 + digits + (text.Length - end);
            if (length > buffer.Length)
            {
                value = default;
                return false;
            }

            text[..(dot + 1 + digits)].CopyTo(buffer);
            text[end..].CopyTo(buffer[(dot + 1 + digits)..]);
            return DateTimeOffset.TryParseExact(buffer[..length], Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>The value of a <c>since</c>/<c>until</c> query parameter: Unix seconds with a nanosecond fraction.</summary>
    public static string ToUnixQuery(DateTimeOffset value)
    {
        var ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{seconds}.{remainder * 100:D9}");
    }
}
