namespace Toolkit.Errors;

/// <summary>
/// The operating system refused access (EACCES, or EPERM: an immutable or append-only file, a sticky
/// directory owned by someone else). Code: <see cref="DriverErrorCodes.PermissionDenied"/>.
/// </summary>
/// <param name="path">The path the operation was working on.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="operationNotPermitted">Whether the error was EPERM rather than EACCES.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class PermissionDeniedException(string path, string operation, bool operationNotPermitted = false, Exception? innerException = null)
    : FileSystemException(
        path,
        operationNotPermitted
            ? "the operation is not permitted (EPERM): the file may be immutable or append-only (lsattr shows it), or the directory is sticky and owned by another user."
            : "permission denied (EACCES). The process's user needs read access to read, write access to the file or its directory to change it, and search (x) access to every directory on the path.",
        operation,
        DriverErrorCodes.PermissionDenied,
        isRetryable: false,
        innerException);
