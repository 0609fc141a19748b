using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Toolkit.Interop;

/// <summary>
/// Thin wrappers over <see cref="LibC"/>: each returns 0 or an errno value (never throws for an
/// operating-system failure), retries EINTR, and always opens descriptors close-on-exec so a process
/// started by the shell driver never inherits them.
/// </summary>
internal static unsafe class Unix
{
    /// <summary>AT_FDCWD: resolve relative paths against the current directory.</summary>
    public static readonly SafeFileHandle CurrentDirectory = new(-100, ownsHandle: false);

    public static int OpenAt(SafeFileHandle directory, string path, int flags, uint mode, out SafeFileHandle handle)
    {
        while (true)
        {
            int fd = LibC.OpenAt(directory, path, flags | OpenFlags.CloseOnExec, mode);
            if (fd >= 0)
            {
                handle = new SafeFileHandle(fd, ownsHandle: true);
                return 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                handle = null!;
                return errno;
            }
        }
    }

    public static int OpenAt2(SafeFileHandle directory, string path, int flags, uint mode, ulong resolve, out SafeFileHandle handle)
    {
        flags |= OpenFlags.CloseOnExec;
        var how = new OpenHow
        {
            Flags = (ulong)(uint)flags,
            // openat2 rejects a mode unless the call can create a file.
            Mode = (flags & OpenFlags.Create) != 0 || (flags & OpenFlags.TempFile) == OpenFlags.TempFile ? mode : 0,
            Resolve = resolve,
        };
        while (true)
        {
            nint fd = LibC.OpenAt2(Syscalls.OpenAt2, directory, path, &how, (nuint)sizeof(OpenHow));
            if (fd >= 0)
            {
                handle = new SafeFileHandle(fd, ownsHandle: true);
                return 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                handle = null!;
                return errno;
            }
        }
    }

    public static int Stat(SafeFileHandle directory, string path, bool followLinks, out Statx status)
    {
        Statx buffer = default;
        int flags = followLinks ? 0 : AtFlags.SymlinkNoFollow;
        if (path.Length == 0)
        {
            flags |= AtFlags.EmptyPath;
        }

        while (true)
        {
            if (LibC.Statx(Syscalls.Statx, directory, path, flags, Statx.BasicStats, &buffer) == 0)
            {
                status = buffer;
                return 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                status = default;
                return errno;
            }
        }
    }

    /// <summary>fstat through statx: the status of the open descriptor itself.</summary>
    public static int Stat(SafeFileHandle handle, out Statx status) => Stat(handle, string.Empty, followLinks: false, out status);

    /// <summary>Reads directory entries into <paramref name="buffer"/>; returns the byte count (0 at the end) or a negated errno.</summary>
    public static int GetDents(SafeFileHandle directory, byte[] buffer)
    {
        fixed (byte* start = buffer)
        {
            while (true)
            {
                nint read = LibC.GetDents64(Syscalls.GetDents64, directory, start, (nuint)buffer.Length);
                if (read >= 0)
                {
                    return (int)read;
                }

                int errno = Marshal.GetLastPInvokeError();
                if (errno != Errno.EINTR)
                {
                    return -errno;
                }
            }
        }
    }

    /// <summary>Rewinds a directory descriptor so getdents64 starts again from the first entry.</summary>
    public static void Rewind(SafeFileHandle directory) => _ = LibC.LSeek(directory, 0, 0);

    public static int MkdirAt(SafeFileHandle directory, string name, uint mode) =>
        Retry(() => LibC.MkdirAt(directory, name, mode));

    public static int UnlinkAt(SafeFileHandle directory, string name, bool directoryEntry) =>
        Retry(() => LibC.UnlinkAt(directory, name, directoryEntry ? AtFlags.RemoveDir : 0));

    public static int RenameAt(SafeFileHandle fromDirectory, string fromName, SafeFileHandle toDirectory, string toName, bool noReplace)
    {
        while (true)
        {
            if (LibC.RenameAt2(Syscalls.RenameAt2, fromDirectory, fromName, toDirectory, toName, noReplace ? AtFlags.RenameNoReplace : 0) == 0)
            {
                return 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                return errno;
            }
        }
    }

    public static int LinkAt(SafeFileHandle fromDirectory, string fromPath, SafeFileHandle toDirectory, string toName, int flags) =>
        Retry(() => LibC.LinkAt(fromDirectory, fromPath, toDirectory, toName, flags));

    public static int SymlinkAt(string target, SafeFileHandle directory, string name) =>
        Retry(() => LibC.SymlinkAt(target, directory, name));

    public static int ReadLinkAt(SafeFileHandle directory, string path, out string target)
    {
        // PATH_MAX is 4096; a longer target cannot be followed by the kernel either.
        byte* buffer = stackalloc byte[4097];
        while (true)
        {
            nint length = LibC.ReadLinkAt(directory, path, buffer, 4097);
            if (length >= 0)
            {
                target = Encoding.UTF8.GetString(buffer, (int)length);
                return length > 4096 ? Errno.ENAMETOOLONG : 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                target = string.Empty;
                return errno;
            }
        }
    }

    public static int FSync(SafeFileHandle handle) => Retry(() => LibC.FSync(handle));

    public static int FDataSync(SafeFileHandle handle) => Retry(() => LibC.FDataSync(handle));

    public static int FChmod(SafeFileHandle handle, int permissions) => Retry(() => LibC.FChmod(handle, (uint)permissions));

    public static int FChown(SafeFileHandle handle, uint owner, uint group) => Retry(() => LibC.FChown(handle, owner, group));

    /// <summary>Sets the access and modification times, as a move across file systems must preserve them.</summary>
    public static int SetTimes(SafeFileHandle handle, in Statx from)
    {
        LibC.Timespec* times = stackalloc LibC.Timespec[2];
        times[0] = new LibC.Timespec { Seconds = from.AccessSeconds, Nanoseconds = from.AccessNanoseconds };
        times[1] = new LibC.Timespec { Seconds = from.ModifySeconds, Nanoseconds = from.ModifyNanoseconds };
        return LibC.FUtimens(handle, times) == 0 ? 0 : Marshal.GetLastPInvokeError();
    }

    /// <summary>flock(2); <paramref name="exclusive"/> chooses LOCK_EX over LOCK_SH, never blocking.</summary>
    public static int TryLock(SafeFileHandle handle, bool exclusive)
    {
        const int Shared = 1, Exclusive = 2, NonBlocking = 4;
        return Retry(() => LibC.FLock(handle, (exclusive ? Exclusive : Shared) | NonBlocking));
    }

    /// <summary>copy_file_range at explicit offsets, which it advances; returns bytes copied (0 at end of input) or a negated errno.</summary>
    public static long CopyFileRange(SafeFileHandle input, ref long inputOffset, SafeFileHandle output, ref long outputOffset, long length)
    {
        fixed (long* inOffset = &inputOffset)
        fixed (long* outOffset = &outputOffset)
        {
            while (true)
            {
                nint copied = LibC.CopyFileRange(input, inOffset, output, outOffset, (nuint)length, 0);
                if (copied >= 0)
                {
                    return copied;
                }

                int errno = Marshal.GetLastPInvokeError();
                if (errno != Errno.EINTR)
                {
                    return -errno;
                }
            }
        }
    }

    /// <summary>Tells the kernel a file will be read front to back, so it reads ahead aggressively.</summary>
    public static void AdviseSequential(SafeFileHandle handle)
    {
        const int Sequential = 2;
        _ = LibC.PosixFadvise(handle, 0, 0, Sequential);
    }

    public static bool IsRoot => LibC.GetEuid() == 0;

    private static int Retry(Func<int> call)
    {
        while (true)
        {
            if (call() == 0)
            {
                return 0;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR)
            {
                return errno;
            }
        }
    }
}
