namespace Toolkit.Files;

/// <summary>How <see cref="IFileDriver.GlobAsync"/> matches. The defaults reproduce bash with <c>shopt -s globstar nullglob</c>.</summary>
public sealed record GlobOptions
{
    /// <summary>The defaults: hidden names need an explicit dot, case-sensitive on Linux.</summary>
    public static GlobOptions Default { get; } = new();

    /// <summary>Whether wildcards match names that start with a dot, as with bash's <c>dotglob</c>. "." and ".." never match.</summary>
    public bool DotGlob { get; init; }

    /// <summary>Whether matching is case-sensitive (bash without <c>nocaseglob</c>). Default: <see langword="true"/> on Linux, <see langword="false"/> elsewhere.</summary>
    public bool CaseSensitive { get; init; } = OperatingSystem.IsLinux();
}
