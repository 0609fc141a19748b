namespace Toolkit.Errors;

/// <summary>
/// A file system operation failed. <see cref="DriverException.Code"/> says why: the general
/// <see cref="DriverErrorCodes.FileSystemError"/>, or a more specific code for the failures people hit
/// (read-only location, disk full, file in use, permission denied).
/// </summary>
/// <param name="path">The path the operation was working on.</param>
/// <param name="reason">What went wrong and what to do.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="code">The error code; <see cref="DriverErrorCodes.FileSystemError"/> unless a more specific one applies.</param>
/// <param name="isRetryable">Whether a retry can succeed (a file in use, say).</param>
/// <param name="innerException">The underlying error, if any.</param>
/// <param name="driver">The driver that failed: the file driver unless another driver touched the host's files (Docker's copies).</param>
public class FileSystemException(string path, string reason, string operation, string code = DriverErrorCodes.FileSystemError, bool isRetryable = false, Exception? innerException = null, string driver = DriverNames.File)
    : DriverException(code, $"{operation} failed for {ErrorText.Quote(path)}: {ErrorText.Reason(reason)}.", driver, operation, isRetryable, innerException)
{
    /// <summary>The path the operation was working on.</summary>
    public string Path { get; } = path;
}
