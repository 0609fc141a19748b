namespace Toolkit.Files;

/// <summary>How a <see cref="FileDriver"/> resolves paths.</summary>
public sealed record FileDriverOptions
{
    /// <summary>
    /// The directory the driver is confined to, or <see langword="null"/> for no confinement. When set,
    /// relative paths resolve against it, absolute paths are accepted only when they lie under it, and
    /// any path that leaves it — through <c>..</c>, an absolute path or a symbolic link, including one
    /// swapped in while the call runs — fails with <see cref="Errors.PathOutsideRootException"/>.
    /// </summary>
    /// <remarks>
    /// Absolute symbolic links are refused even when they point back inside the root, because what they
    /// name depends on where the root is mounted; use relative links inside a confined tree.
    /// </remarks>
    public string? Root { get; init; }
}
