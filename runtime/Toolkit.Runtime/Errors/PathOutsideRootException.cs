namespace Toolkit.Errors;

/// <summary>A path resolved outside the root the driver is confined to. Code: <see cref="DriverErrorCodes.PathOutsideRoot"/>.</summary>
/// <param name="path">The path the caller gave.</param>
/// <param name="root">The root the driver is confined to.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class PathOutsideRootException(string path, string root, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.PathOutsideRoot, $"Path {ErrorText.Quote(path)} resolves outside the root {ErrorText.Quote(root)} ({operation}). Use a path inside the root; '..', absolute paths and symlinks that leave the root are rejected.", DriverNames.File, operation, isRetryable, innerException)
{
    /// <summary>The path the caller gave.</summary>
    public string Path { get; } = path;

    /// <summary>The root the driver is confined to.</summary>
    public string Root { get; } = root;
}
