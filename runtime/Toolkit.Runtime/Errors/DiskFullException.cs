namespace Toolkit.Errors;

/// <summary>
/// The file system, or the user's quota on it, is full (ENOSPC, EDQUOT). Code: <see cref="DriverErrorCodes.DiskFull"/>.
/// Atomic writes and copies that fail this way leave the previous content in place and remove their temporary file.
/// </summary>
/// <param name="path">The path the operation was writing.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="quota">Whether a disk quota (EDQUOT) rather than the device (ENOSPC) ran out.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DiskFullException(string path, string operation, bool quota = false, Exception? innerException = null)
    : FileSystemException(
        path,
        quota
            ? "the disk quota is exhausted (EDQUOT); the previous content, if any, is unchanged. Free space within the quota or raise it."
            : "there is no space left on the device (ENOSPC); the previous content, if any, is unchanged. Free space on the device or write elsewhere.",
        operation,
        DriverErrorCodes.DiskFull,
        isRetryable: false,
        innerException)
{
    /// <summary>Whether a disk quota (EDQUOT) rather than the device itself (ENOSPC) ran out.</summary>
    public bool IsQuota { get; } = quota;
}
