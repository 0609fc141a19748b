using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

namespace Toolkit.Files.Copying;

/// <summary>
/// Copies bytes between two open files. copy_file_range keeps the data in the kernel (and lets file
/// systems that can share extents, like XFS and Btrfs, clone instead of copying); where it is refused,
/// as across some file systems, the copy continues through large user-space buffers.
/// </summary>
internal static class FileContentCopier
{
    /// <summary>Bytes per step: small enough for timely progress and cancellation, large enough to keep syscalls rare.</summary>
    private const long Chunk = 8 * 1024 * 1024;
    private const int BufferSize = 1024 * 1024;

    /// <summary>Copies all of <paramref name="source"/> into <paramref name="destination"/> from offset 0; returns an errno or 0.</summary>
    public static int Copy(SafeFileHandle source, SafeFileHandle destination, ProgressCounter progress, CancellationToken cancellationToken)
    {
        long inputOffset = 0;
        long outputOffset = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long copied = Unix.CopyFileRange(source, ref inputOffset, destination, ref outputOffset, Chunk);
            if (copied > 0)
            {
                progress.Add(copied);
                continue;
            }

            if (copied == 0)
            {
                // End of input. Files whose size reads as 0 (procfs, some FUSE) end at once; a plain read confirms it.
                return inputOffset == 0 ? CopyWithBuffer(source, destination, inputOffset, progress, cancellationToken) : 0;
            }

            // Refused for this pair of files (across some file systems, say): carry on from the same offset with read and write.
            int errno = (int)-copied;
            if (errno is Errno.EXDEV or Errno.EINVAL or Errno.ENOSYS or Errno.EOPNOTSUPP or Errno.EBADF)
            {
                return CopyWithBuffer(source, destination, inputOffset, progress, cancellationToken);
            }

            return errno;
        }
    }

    private static int CopyWithBuffer(SafeFileHandle source, SafeFileHandle destination, long offset, ProgressCounter progress, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int read = RandomAccess.Read(source, buffer, offset);
                if (read == 0)
                {
                    return 0;
                }

                RandomAccess.Write(destination, buffer.AsSpan(0, read), offset);
                offset += read;
                progress.Add(read);
            }
        }
        catch (IOException exception) when (exception.HResult is > 0 and < 4096)
        {
            return exception.HResult;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
