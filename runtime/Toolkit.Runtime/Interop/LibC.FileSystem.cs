using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Toolkit.Interop;

// The file-system entry points. Every call records errno (SetLastError); the file driver goes through Unix, which
// turns results into errno codes and retries EINTR.
//
// Directory descriptors are passed as SafeFileHandle so a concurrent dispose cannot close a descriptor mid-call;
// Unix.CurrentDirectory stands for AT_FDCWD. The variadic entry points (openat, syscall) are declared with fixed integer
// arguments, which is how x86-64 and arm64 Linux pass variadic integers too.
internal static unsafe partial class LibC
{
    [LibraryImport(Library, EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OpenAt(SafeFileHandle dirFd, string path, int flags, uint mode);

    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OpenAt2(nint number, SafeFileHandle dirFd, string path, OpenHow* how, nuint size);

    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint Statx(nint number, SafeFileHandle dirFd, string path, int flags, uint mask, Statx* buffer);

    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true)]
    public static partial nint GetDents64(nint number, SafeFileHandle fd, byte* buffer, nuint count);

    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint RenameAt2(nint number, SafeFileHandle oldDirFd, string oldPath, SafeFileHandle newDirFd, string newPath, uint flags);

    [LibraryImport(Library, EntryPoint = "mkdirat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkdirAt(SafeFileHandle dirFd, string path, uint mode);

    [LibraryImport(Library, EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnlinkAt(SafeFileHandle dirFd, string path, int flags);

    [LibraryImport(Library, EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LinkAt(SafeFileHandle oldDirFd, string oldPath, SafeFileHandle newDirFd, string newPath, int flags);

    [LibraryImport(Library, EntryPoint = "symlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SymlinkAt(string target, SafeFileHandle newDirFd, string linkPath);

    [LibraryImport(Library, EntryPoint = "readlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ReadLinkAt(SafeFileHandle dirFd, string path, byte* buffer, nuint size);

    [LibraryImport(Library, EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(SafeFileHandle fd, long offset, int whence);

    [LibraryImport(Library, EntryPoint = "fsync", SetLastError = true)]
    public static partial int FSync(SafeFileHandle fd);

    [LibraryImport(Library, EntryPoint = "fdatasync", SetLastError = true)]
    public static partial int FDataSync(SafeFileHandle fd);

    [LibraryImport(Library, EntryPoint = "fchmod", SetLastError = true)]
    public static partial int FChmod(SafeFileHandle fd, uint mode);

    [LibraryImport(Library, EntryPoint = "fchown", SetLastError = true)]
    public static partial int FChown(SafeFileHandle fd, uint owner, uint group);

    [LibraryImport(Library, EntryPoint = "futimens", SetLastError = true)]
    public static partial int FUtimens(SafeFileHandle fd, Timespec* times);

    [LibraryImport(Library, EntryPoint = "flock", SetLastError = true)]
    public static partial int FLock(SafeFileHandle fd, int operation);

    [LibraryImport(Library, EntryPoint = "copy_file_range", SetLastError = true)]
    public static partial nint CopyFileRange(SafeFileHandle fdIn, long* offIn, SafeFileHandle fdOut, long* offOut, nuint length, uint flags);

    [LibraryImport(Library, EntryPoint = "posix_fadvise", SetLastError = false)]
    public static partial int PosixFadvise(SafeFileHandle fd, long offset, long length, int advice);

    [LibraryImport(Library, EntryPoint = "geteuid")]
    public static partial uint GetEuid();

    /// <summary>struct timespec for futimens.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
