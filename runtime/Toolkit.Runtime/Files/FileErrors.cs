using System.ComponentModel;
using Toolkit.Errors;
using Toolkit.Interop;

namespace Toolkit.Files;

/// <summary>Turns an errno, or an exception from a .NET stream over a driver handle, into the driver's typed errors.</summary>
internal static class FileErrors
{
    /// <summary>The typed error for <paramref name="errno"/> while <paramref name="operation"/> worked on <paramref name="path"/>.</summary>
    public static DriverException FromErrno(int errno, string path, string operation, string? root = null)
    {
        if (errno == Errno.OutsideRoot)
        {
            return new PathOutsideRootException(path, root ?? "/", operation);
        }

        if (errno == Errno.RootNotFound)
        {
            return new PathNotFoundException(path, operation, $"the driver's root directory '{root}' does not exist (ENOENT). Create it before using the driver.");
        }

        var inner = new Win32Exception(errno);
        return errno switch
        {
            Errno.ENOENT => new PathNotFoundException(path, operation, innerException: inner),
            Errno.EEXIST => new PathAlreadyExistsException(path, operation, innerException: inner),
            Errno.EACCES => new PermissionDeniedException(path, operation, operationNotPermitted: false, inner),
            Errno.EPERM => new PermissionDeniedException(path, operation, operationNotPermitted: true, inner),
            Errno.EROFS => new ReadOnlyFileSystemException(path, operation, inner),
            Errno.ENOSPC => new DiskFullException(path, operation, quota: false, inner),
            Errno.EDQUOT => new DiskFullException(path, operation, quota: true, inner),
            Errno.ETXTBSY => new FileInUseException(path, operation, "it is a program that is running (ETXTBSY), so it cannot be opened for writing. Stop the program, or replace the file with an atomic write instead.", inner),
            Errno.EBUSY => new FileInUseException(path, operation, "it is busy (EBUSY), typically a mount point or a file the kernel is using. Unmount it or stop its user, then retry.", inner),
            Errno.EAGAIN => new FileInUseException(path, operation, "another handle holds a conflicting lock on it (an open with FileShare.None, or a shared lock while exclusive access was asked for). Close the other handle, or retry later.", inner),
            Errno.EMFILE or Errno.ENFILE => new ResourceLimitException(
                DriverNames.File,
                "open files",
                errno == Errno.EMFILE ? "the process limit (ulimit -n)" : "the system limit (fs.file-max)",
                $"opening '{path}' failed with {Errno.Name(errno)}; dispose streams you no longer need",
                operation,
                isRetryable: true,
                inner),
            _ => new FileSystemException(path, Describe(errno), operation, DriverErrorCodes.FileSystemError, isRetryable: false, inner),
        };
    }

    /// <summary>
    /// The typed error for an exception thrown by a <see cref="FileStream"/> or <see cref="System.IO.RandomAccess"/>
    /// call on one of the driver's handles. On Unix .NET puts the raw errno in <see cref="Exception.HResult"/>.
    /// Anything else (cancellation, argument errors) is returned unchanged.
    /// </summary>
    public static Exception FromException(Exception exception, string path, string operation)
    {
        switch (exception)
        {
            case DriverException or OperationCanceledException:
                return exception;
            case UnauthorizedAccessException:
                return new PermissionDeniedException(path, operation, operationNotPermitted: false, exception);
            case IOException io when io.HResult is > 0 and < 4096:
                var typed = FromErrno(io.HResult, path, operation);
                return typed;
            case IOException io:
                return new FileSystemException(path, $"an I/O error occurred: {io.Message}", operation, DriverErrorCodes.FileSystemError, isRetryable: false, io);
            default:
                return exception;
        }
    }

    private static string Describe(int errno) => errno switch
    {
        Errno.ENOTDIR => "a component of the path is not a directory (ENOTDIR). Check that every part before the last names a directory.",
        Errno.EISDIR => "it is a directory (EISDIR), but the operation needs a file. Use the directory operations (ListAsync, DeleteTreeAsync) instead.",
        Errno.ELOOP => "it runs into too many levels of symbolic links, or a symbolic link where the operation does not follow one (ELOOP). Check the links on the path.",
        Errno.ENAMETOOLONG => "the path, or one name in it, is too long (ENAMETOOLONG): names are limited to 255 bytes and paths to 4096.",
        Errno.ENOTEMPTY => "the directory is not empty (ENOTEMPTY). Delete its content first (DeleteTreeAsync), or choose an empty destination.",
        Errno.EXDEV => "the source and destination are on different file systems (EXDEV).",
        Errno.EIO => "the device reported an I/O error (EIO). Check the disk and the kernel log (dmesg).",
        Errno.EFBIG => "the file would exceed the largest size the file system or the process's limits allow (EFBIG).",
        Errno.EMLINK => "the file or directory has too many links (EMLINK).",
        Errno.EINVAL => "the operating system rejected the arguments (EINVAL); for a move, the destination may be inside the source.",
        _ => $"the operating system reported {Errno.Name(errno)} ({new Win32Exception(errno).Message}).",
    };
}
