namespace Toolkit.Errors;

/// <summary>The path is on a file system mounted read-only (EROFS). Code: <see cref="DriverErrorCodes.ReadOnlyFileSystem"/>.</summary>
/// <param name="path">The path the operation tried to change.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ReadOnlyFileSystemException(string path, string operation, Exception? innerException = null)
    : FileSystemException(
        path,
        "the file system is mounted read-only (EROFS). Write to a writable location, or remount it read-write (in a container: a writable volume instead of a read-only one).",
        operation,
        DriverErrorCodes.ReadOnlyFileSystem,
        isRetryable: false,
        innerException);
