using System.Text;

namespace Toolkit.Files.Globbing;

/// <summary>
/// A bracket expression: <c>[abc]</c>, <c>[a-z]</c>, <c>[!x]</c> or <c>[^x]</c>, and POSIX classes such as
/// <c>[[:digit:]]</c>. Ranges compare code points, as bash does in the C and C.UTF-8 locales.
/// </summary>
internal sealed class BracketSet
{
    private readonly List<(int First, int Last)> _ranges = new();
    private readonly List<string> _classes = new();
    private bool _negated;
    private bool _caseSensitive;

    /// <summary>Parses the bracket expression starting at <paramref name="start"/> (a '['); false when it has no closing ']' and so is a literal '['.</summary>
    public static bool TryParse(string text, int start, bool caseSensitive, out BracketSet set, out int end)
    {
        set = new BracketSet { _caseSensitive = caseSensitive };
        end = -1;
        int i = start + 1;
        if (i < text.Length && (text[i] == '!' || text[i] == '^'))
        {
            set._negated = true;
            i++;
        }

        bool first = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ']' && !first)
            {
                end = i;
                return true;
            }

            first = false;
            if (c == '[' && i + 1 < text.Length && text[i + 1] == ':')
            {
                int close = text.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close > 0)
                {
                    set._classes.Add(text[(i + 2)..close]);
                    i = close + 2;
                    continue;
                }
            }

            int low = ReadCodePoint(text, ref i);
            if (i + 1 < text.Length && text[i] == '-' && text[i + 1] != ']')
            {
                i++;
                int high = ReadCodePoint(text, ref i);
                set._ranges.Add((low, high));
            }
            else
            {
                set._ranges.Add((low, low));
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="character"/> (one code point: one char or a surrogate pair) is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> character)
    {
        int codePoint = character.Length == 2 ? char.ConvertToUtf32(character[0], character[1]) : character[0];
        bool member = ContainsCodePoint(codePoint);
        if (!member && !_caseSensitive && character.Length == 1)
        {
            char c = character[0];
            member = ContainsCodePoint(char.ToUpperInvariant(c)) || ContainsCodePoint(char.ToLowerInvariant(c));
        }

        return member != _negated;
    }

    private bool ContainsCodePoint(int codePoint)
    {
        foreach (var (first, last) in _ranges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }

        foreach (string name in _classes)
        {
            if (IsInClass(name, codePoint))
            {
                return true;
            }
        }

        return false;
    }

    private static int ReadCodePoint(string text, ref int i)
    {
        if (text[i] == '\\' && i + 1 < text.Length)
        {
            i++;
        }

        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            int value = char.ConvertToUtf32(text[i], text[i + 1]);
            i += 2;
            return value;
        }

        return text[i++];
    }

    private static bool IsInClass(string name, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            return name is "print" or "graph" && Rune.IsValid(codePoint);
        }

        char c = (char)codePoint;
        return name switch
        {
            "alnum" => char.IsLetterOrDigit(c),
            "alpha" => char.IsLetter(c),
            "ascii" => c < 128,
            "blank" => c is ' ' or '\t',
            "cntrl" => char.IsControl(c),
            "digit" => char.IsAsciiDigit(c),
            "graph" => !char.IsWhiteSpace(c) && !char.IsControl(c),
            "lower" => char.IsLower(c),
            "print" => !char.IsControl(c),
            "punct" => char.IsPunctuation(c) || char.IsSymbol(c),
            "space" => char.IsWhiteSpace(c),
            "upper" => char.IsUpper(c),
            "word" => char.IsLetterOrDigit(c) || c == '_',
            "xdigit" => char.IsAsciiHexDigit(c),
            _ => false,
        };
    }
}
