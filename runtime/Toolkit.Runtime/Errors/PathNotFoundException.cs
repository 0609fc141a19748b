namespace Toolkit.Errors;

/// <summary>The file or directory does not exist (ENOENT). Code: <see cref="DriverErrorCodes.PathNotFound"/>.</summary>
/// <param name="path">The path the operation was working on.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="reason">What was missing and what to do; a default is used when <see langword="null"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class PathNotFoundException(string path, string operation, string? reason = null, Exception? innerException = null)
    : FileSystemException(
        path,
        reason ?? "it does not exist (ENOENT). Check the path; to create missing parent directories first, set CreateDirectories on the write options or call CreateDirectoryAsync.",
        operation,
        DriverErrorCodes.PathNotFound,
        isRetryable: false,
        innerException);
