namespace Toolkit.Files.Globbing;

/// <summary>
/// One path component of a glob (<c>*.cs</c>, <c>?x</c>, <c>[a-c]*</c>) compiled for matching names.
/// Common shapes (exact, <c>*</c>, <c>prefix*</c>, <c>*suffix</c>, <c>prefix*suffix</c>) take a fast path;
/// the rest use a backtracking matcher that is linear in practice.
/// </summary>
internal sealed class NamePattern
{
    private readonly PatternToken[] _tokens;
    private readonly Shape _shape;
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly StringComparison _comparison;
    private readonly bool _caseSensitive;

    private NamePattern(PatternToken[] tokens, bool caseSensitive, bool hasMagic, string literal)
    {
        _tokens = tokens;
        _caseSensitive = caseSensitive;
        _comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        HasMagic = hasMagic;
        Literal = literal;
        (_shape, _prefix, _suffix) = Classify(tokens);
    }

    private enum Shape
    {
        Exact,
        All,
        Prefix,
        Suffix,
        PrefixSuffix,
        General,
    }

    /// <summary>Whether the component has unescaped wildcards (<c>*</c>, <c>?</c>, a bracket expression).</summary>
    public bool HasMagic { get; }

    /// <summary>The component with escapes removed; meaningful when <see cref="HasMagic"/> is false.</summary>
    public string Literal { get; }

    public static NamePattern Compile(string component, bool caseSensitive)
    {
        var tokens = new List<PatternToken>();
        var literal = new System.Text.StringBuilder();
        bool hasMagic = false;
        for (int i = 0; i < component.Length; i++)
        {
            char c = component[i];
            switch (c)
            {
                case '\\' when i + 1 < component.Length:
                    i++;
                    tokens.Add(PatternToken.Char(component[i]));
                    literal.Append(component[i]);
                    break;
                case '*':
                    hasMagic = true;
                    if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Star)
                    {
                        tokens.Add(PatternToken.Star);
                    }

                    break;
                case '?':
                    hasMagic = true;
                    tokens.Add(PatternToken.Any);
                    break;
                case '[' when BracketSet.TryParse(component, i, caseSensitive, out var set, out int end):
                    hasMagic = true;
                    tokens.Add(PatternToken.Set(set));
                    i = end;
                    break;
                default:
                    tokens.Add(PatternToken.Char(c));
                    literal.Append(c);
                    break;
            }
        }

        return new NamePattern(tokens.ToArray(), caseSensitive, hasMagic, literal.ToString());
    }

    public bool IsMatch(ReadOnlySpan<char> name) => _shape switch
    {
        Shape.Exact => name.Equals(_prefix, _comparison),
        Shape.All => true,
        Shape.Prefix => name.StartsWith(_prefix, _comparison),
        Shape.Suffix => name.EndsWith(_suffix, _comparison),
        Shape.PrefixSuffix => name.Length >= _prefix.Length + _suffix.Length && name.StartsWith(_prefix, _comparison) && name.EndsWith(_suffix, _comparison),
        _ => MatchGeneral(name),
    };

    private bool MatchGeneral(ReadOnlySpan<char> name)
    {
        int t = 0, n = 0;
        int starToken = -1, starName = 0;
        while (n < name.Length)
        {
            if (t < _tokens.Length)
            {
                var token = _tokens[t];
                if (token.Kind == TokenKind.Star)
                {
                    starToken = t++;
                    starName = n;
                    continue;
                }

                int width = CharWidth(name, n);
                if (MatchesOne(token, name.Slice(n, width)))
                {
                    t++;
                    n += width;
                    continue;
                }
            }

            if (starToken < 0)
            {
                return false;
            }

            // Let the last star swallow one more character and retry from there.
            t = starToken + 1;
            starName += CharWidth(name, starName);
            n = starName;
        }

        while (t < _tokens.Length && _tokens[t].Kind == TokenKind.Star)
        {
            t++;
        }

        return t == _tokens.Length;
    }

    private bool MatchesOne(PatternToken token, ReadOnlySpan<char> character) => token.Kind switch
    {
        TokenKind.Any => true,
        TokenKind.Char => character.Length == 1 && (character[0] == token.Value || (!_caseSensitive && char.ToUpperInvariant(character[0]) == char.ToUpperInvariant(token.Value))),
        TokenKind.Set => token.Members!.Contains(character),
        _ => false,
    };

    /// <summary>A surrogate pair is one character to <c>?</c> and to bracket sets, as bash counts characters in a UTF-8 locale.</summary>
    private static int CharWidth(ReadOnlySpan<char> name, int index) =>
        index + 1 < name.Length && char.IsHighSurrogate(name[index]) && char.IsLowSurrogate(name[index + 1]) ? 2 : 1;

    private static (Shape, string, string) Classify(PatternToken[] tokens)
    {
        int stars = 0, starAt = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Star)
            {
                stars++;
                starAt = i;
            }
            else if (tokens[i].Kind != TokenKind.Char)
            {
                return (Shape.General, string.Empty, string.Empty);
            }
        }

        string Text(int from, int to) => new(tokens[from..to].Select(token => token.Value).ToArray());

        return stars switch
        {
            0 => (Shape.Exact, Text(0, tokens.Length), string.Empty),
            1 when tokens.Length == 1 => (Shape.All, string.Empty, string.Empty),
            1 when starAt == tokens.Length - 1 => (Shape.Prefix, Text(0, starAt), string.Empty),
            1 when starAt == 0 => (Shape.Suffix, string.Empty, Text(1, tokens.Length)),
            1 => (Shape.PrefixSuffix, Text(0, starAt), Text(starAt + 1, tokens.Length)),
            _ => (Shape.General, string.Empty, string.Empty),
        };
    }
}
