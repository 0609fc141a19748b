using Toolkit.Files;

namespace Toolkit.Errors;

/// <summary>
/// The file is in use: another opener holds a conflicting lock (see <see cref="FileOpenOptions.Share"/>), it is a
/// running program (ETXTBSY), or it is busy, like a mount point (EBUSY). Code: <see cref="DriverErrorCodes.FileInUse"/>.
/// Retryable: the holder usually lets go.
/// </summary>
/// <param name="path">The path that was in use.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="reason">Who holds it and what to do; a default is used when <see langword="null"/>.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class FileInUseException(string path, string operation, string? reason = null, Exception? innerException = null)
    : FileSystemException(
        path,
        reason ?? "the file is in use by another process or handle. Close the other handle, or retry later.",
        operation,
        DriverErrorCodes.FileInUse,
        isRetryable: true,
        innerException);
