using System.Globalization;
using System.Text;

namespace Toolkit.Files.Globbing;

/// <summary>
/// Bash brace expansion, applied before globbing: <c>a{b,c}d</c> becomes <c>abd</c> and <c>acd</c>,
/// sets nest (<c>{a,b{c,d}}</c>), and sequences count (<c>{1..3}</c>, <c>{a..e}</c>, <c>{10..0..5}</c>).
/// A brace without a comma or a valid sequence stays literal, as does an escaped one.
/// </summary>
internal static class BraceExpander
{
    /// <summary>Far beyond any sensible pattern; stops <c>{a,b}{a,b}…</c> from exhausting memory.</summary>
    public const int MaxWords = 10_000;

    public static List<string> Expand(string pattern)
    {
        var words = new List<string>();
        Expand(pattern, words);
        return words;
    }

    private static void Expand(string text, List<string> words)
    {
        for (int open = 0; open < text.Length; open++)
        {
            char c = text[open];
            if (c == '\\')
            {
                open++;
                continue;
            }

            if (c != '{')
            {
                continue;
            }

            int close = FindClose(text, open, out var commas);
            if (close < 0)
            {
                continue;
            }

            string prefix = text[..open];
            string suffix = text[(close + 1)..];
            if (commas.Count > 0)
            {
                int start = open + 1;
                foreach (int comma in commas.Append(close))
                {
                    Expand(string.Concat(prefix, text.AsSpan(start, comma - start), suffix), words);
                    start = comma + 1;
                }

                return;
            }

            if (TrySequence(text.AsSpan(open + 1, close - open - 1), out var items))
            {
                foreach (string item in items)
                {
                    Expand(prefix + item + suffix, words);
                }

                return;
            }
        }

        if (words.Count >= MaxWords)
        {
            throw new ArgumentException($"The pattern's brace sets expand to more than {MaxWords} patterns; split it into smaller globs.", "pattern");
        }

        words.Add(text);
    }

    /// <summary>Finds the brace matching the one at <paramref name="open"/>, and the commas at its top level.</summary>
    private static int FindClose(string text, int open, out List<int> commas)
    {
        commas = new List<int>();
        int depth = 0;
        for (int i = open + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when depth == 0:
                    return i;
                case '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    commas.Add(i);
                    break;
            }
        }

        return -1;
    }

    /// <summary>{x..y[..step]} with integers (keeping zero padding as bash does) or single letters.</summary>
    private static bool TrySequence(ReadOnlySpan<char> body, out List<string> items)
    {
        items = new List<string>();
        var parts = body.ToString().Split("..");
        if (parts.Length is not (2 or 3))
        {
            return false;
        }

        long step = 1;
        if (parts.Length == 3 && !long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out step))
        {
            return false;
        }

        step = Math.Abs(step == 0 ? 1 : step);
        if (long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long from)
            && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long to))
        {
            int width = IsPadded(parts[0]) || IsPadded(parts[1]) ? Math.Max(parts[0].Length, parts[1].Length) : 0;
            for (long value = from; from <= to ? value <= to : value >= to; value += from <= to ? step : -step)
            {
                items.Add(Format(value, width));
                if (items.Count > MaxWords)
                {
                    throw new ArgumentException($"The sequence {{{body}}} expands to more than {MaxWords} patterns.", "pattern");
                }
            }

            return true;
        }

        if (parts[0].Length == 1 && parts[1].Length == 1 && char.IsAsciiLetter(parts[0][0]) && char.IsAsciiLetter(parts[1][0]))
        {
            char first = parts[0][0], last = parts[1][0];
            for (int value = first; first <= last ? value <= last : value >= last; value += first <= last ? (int)step : -(int)step)
            {
                items.Add(((char)value).ToString());
            }

            return true;
        }

        return false;
    }

    private static bool IsPadded(string number)
    {
        var digits = number.AsSpan().TrimStart('-');
        return digits.Length > 1 && digits[0] == '0';
    }

    private static string Format(long value, int width)
    {
        if (width == 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder();
        if (value < 0)
        {
            builder.Append('-');
            width--;
        }

        builder.Append(Math.Abs(value).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
        return builder.ToString();
    }
}
