namespace Toolkit.Files;

/// <summary>How <see cref="IFileDriver.ListAsync"/> lists a directory.</summary>
public sealed record ListOptions
{
    /// <summary>The defaults: this directory only, hidden entries included.</summary>
    public static ListOptions Default { get; } = new();

    /// <summary>Whether subdirectories are listed too (symbolic links to directories are listed, not entered).</summary>
    public bool Recursive { get; init; }

    /// <summary>Whether names starting with a dot are listed (and, when recursive, entered). Default: <see langword="true"/>.</summary>
    public bool IncludeHidden { get; init; } = true;
}
