using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        CompletedTasks.Run(() => OpenStream(path, FileOpenOptions.Read, FileOperationNames.OpenRead, cancellationToken));

    /// <inheritdoc />
    public Task<Stream> OpenAsync(string path, FileOpenOptions options, CancellationToken cancellationToken = default) =>
        CompletedTasks.Run(() => OpenStream(path, options, FileOperationNames.Open, cancellationToken));

    private Stream OpenStream(string path, FileOpenOptions options, string operation, CancellationToken cancellationToken)
    {
        PathText.Validate(path, nameof(path));
        ArgumentNullException.ThrowIfNull(options);
        int flags = ToOpenFlags(options);
        cancellationToken.ThrowIfCancellationRequested();

        // O_NONBLOCK keeps a FIFO at the path from blocking the open; it does nothing for regular files.
        var handle = Open(path, flags | OpenFlags.NonBlock, 0b110_110_110, operation);
        try
        {
            int error = Unix.Stat(handle, out var status);
            if (error == 0 && status.IsDirectory)
            {
                error = Errno.EISDIR;
            }

            // Lock as .NET does on Unix (advisory flock): exclusive for FileShare.None, shared otherwise.
            if (error == 0 && status.IsRegularFile)
            {
                error = Unix.TryLock(handle, exclusive: options.Share == FileShare.None);
            }

            if (error != 0)
            {
                throw Error(error, path, operation);
            }

            // Truncate only once the lock is held, so a conflicting holder never sees its file emptied.
            bool truncate = options.Mode is FileMode.Create or FileMode.Truncate;
            if (truncate && status.IsRegularFile && status.Size > 0)
            {
                RandomAccess.SetLength(handle, 0);
            }

            var stream = new FileStream(handle, options.Access, options.BufferSize);
            if (options.Mode == FileMode.Append)
            {
                stream.Seek(0, SeekOrigin.End);
            }

            return stream;
        }
        catch (Exception exception)
        {
            handle.Dispose();
            throw FileErrors.FromException(exception, path, operation);
        }
    }

    private static int ToOpenFlags(FileOpenOptions options)
    {
        int access = options.Access switch
        {
            FileAccess.Read => OpenFlags.ReadOnly,
            FileAccess.Write => OpenFlags.WriteOnly,
            FileAccess.ReadWrite => OpenFlags.ReadWrite,
            _ => throw new ArgumentException($"FileOpenOptions.Access has the undefined value {(int)options.Access}.", nameof(options)),
        };

        bool writes = options.Access != FileAccess.Read;
        if (!writes && options.Mode is FileMode.Create or FileMode.CreateNew or FileMode.Truncate or FileMode.Append)
        {
            throw new ArgumentException($"FileOpenOptions.Mode {options.Mode} changes the file, so it needs FileOpenOptions.Access Write or ReadWrite, not Read.", nameof(options));
        }

        if (options.BufferSize < 0)
        {
            throw new ArgumentException($"FileOpenOptions.BufferSize is {options.BufferSize}; it must be 0 or more.", nameof(options));
        }

        return access | options.Mode switch
        {
            FileMode.Open => 0,
            FileMode.OpenOrCreate or FileMode.Append => OpenFlags.Create,
            FileMode.CreateNew => OpenFlags.Create | OpenFlags.Exclusive,
            FileMode.Create => OpenFlags.Create,
            FileMode.Truncate => 0,
            _ => throw new ArgumentException($"FileOpenOptions.Mode has the undefined value {(int)options.Mode}.", nameof(options)),
        };
    }
}
