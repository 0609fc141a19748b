namespace Toolkit.Files.Globbing;

/// <summary>How a path component of a glob is matched.</summary>
internal enum GlobComponentKind
{
    /// <summary>A name without wildcards: looked up, not listed (bash does the same).</summary>
    Literal,

    /// <summary>A name with wildcards: the directory is listed and names are matched.</summary>
    Wildcard,

    /// <summary><c>**</c>: zero or more directories, not entering symbolic links.</summary>
    GlobStar,
}

/// <summary>One '/'-separated part of a glob pattern.</summary>
/// <param name="Kind">How the part matches.</param>
/// <param name="Text">For a literal, the name with escapes removed.</param>
/// <param name="Pattern">For a wildcard, the compiled matcher.</param>
/// <param name="MatchesHidden">Whether names starting with a dot may match (the part starts with a dot, or dotglob).</param>
internal sealed record GlobComponent(GlobComponentKind Kind, string Text, NamePattern? Pattern, bool MatchesHidden);
