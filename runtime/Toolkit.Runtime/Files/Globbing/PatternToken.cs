namespace Toolkit.Files.Globbing;

/// <summary>What a glob token matches.</summary>
internal enum TokenKind
{
    Char,
    Any,
    Star,
    Set,
}

/// <summary>One token of a <see cref="NamePattern"/>: a character, <c>?</c>, <c>*</c> or a bracket set.</summary>
internal readonly record struct PatternToken(TokenKind Kind, char Value, BracketSet? Members)
{
    public static PatternToken Any => new(TokenKind.Any, '\0', null);

    public static PatternToken Star => new(TokenKind.Star, '\0', null);

    public static PatternToken Char(char value) => new(TokenKind.Char, value, null);

    public static PatternToken Set(BracketSet members) => new(TokenKind.Set, '\0', members);
}
