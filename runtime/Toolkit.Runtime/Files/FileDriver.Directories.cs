using Toolkit.Files.Resolution;
using Toolkit.Files.Trees;
using Toolkit.Interop;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    /// <inheritdoc />
    public Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default) => CompletedTasks.Run(() =>
    {
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        DirectoryCreator.Create(_scope, path, path, FileOperationNames.CreateDirectory);
    });

    /// <inheritdoc />
    public Task<bool> DeleteTreeAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            PathText.Validate(path, nameof(path));
        }
        catch (ArgumentException exception)
        {
            return Task.FromException<bool>(exception);
        }

        return Task.Run(
            () =>
            {
                const string Operation = FileOperationNames.DeleteTree;
                using var parent = OpenParent(path, Operation, out string leaf, out int error);
                if (error == Errno.ENOENT)
                {
                    return false;
                }

                if (error != 0)
                {
                    throw Error(error, path, Operation);
                }

                return TreeDeleter.Delete(parent, leaf, path, Operation, cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteFileAsync(string path, CancellationToken cancellationToken = default) => CompletedTasks.Run(() =>
    {
        const string Operation = FileOperationNames.DeleteFile;
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        using var parent = OpenParent(path, Operation, out string leaf, out int error);
        if (error == Errno.ENOENT)
        {
            return false;
        }

        if (error != 0)
        {
            throw Error(error, path, Operation);
        }

        error = Unix.UnlinkAt(parent, leaf, directoryEntry: false);
        return error switch
        {
            0 => true,
            Errno.ENOENT => false,
            _ => throw Error(error, path, Operation),
        };
    });

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) => CompletedTasks.Run(() =>
    {
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        int error = _scope.Open(path, OpenFlags.Path, 0, out var handle);
        if (error == 0)
        {
            handle.Dispose();
            return true;
        }

        // Missing, a file used as a directory, or a dangling or looping link: `test -e` says no to all three.
        return error is Errno.ENOENT or Errno.ENOTDIR or Errno.ELOOP ? false : throw Error(error, path, FileOperationNames.Exists);
    });

    /// <inheritdoc />
    public Task<FileMetadata?> GetMetadataAsync(string path, CancellationToken cancellationToken = default) => CompletedTasks.Run(() =>
    {
        const string Operation = FileOperationNames.GetMetadata;
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        int error = _scope.Open(path, OpenFlags.Path, 0, out var handle);
        if (error is Errno.ENOENT or Errno.ENOTDIR)
        {
            return null;
        }

        if (error != 0)
        {
            throw Error(error, path, Operation);
        }

        using (handle)
        {
            error = Unix.Stat(handle, out var status);
            if (error != 0)
            {
                throw Error(error, path, Operation);
            }

            var modified = DateTimeOffset.FromUnixTimeSeconds(status.ModifySeconds).AddTicks(status.ModifyNanoseconds / 100);
            return new FileMetadata(path, status.Kind, (long)status.Size, modified, (UnixFileMode)status.Permissions);
        }
    });

    /// <inheritdoc />
    public Task CreateFileAsync(string path, CancellationToken cancellationToken = default) => CompletedTasks.Run(() =>
    {
        const string Operation = FileOperationNames.CreateFile;
        PathText.Validate(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        using var parent = OpenParent(path, Operation, out string leaf, out int error);
        if (error != 0)
        {
            throw Error(error, path, Operation);
        }

        error = Unix.OpenAt(parent, leaf, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Exclusive | OpenFlags.NoFollow, 0b110_110_110, out var created);
        if (error != 0)
        {
            throw Error(error, path, Operation);
        }

        created.Dispose();
    });

    /// <inheritdoc />
    public Task<IReadOnlyList<FileEntry>> ListAsync(string path, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            PathText.Validate(path, nameof(path));
        }
        catch (ArgumentException exception)
        {
            return Task.FromException<IReadOnlyList<FileEntry>>(exception);
        }

        options ??= ListOptions.Default;
        return Task.Run<IReadOnlyList<FileEntry>>(
            () =>
            {
                const string Operation = FileOperationNames.List;
                using var directory = Open(path, OpenFlags.ReadOnly | OpenFlags.Directory, 0, Operation);
                return DirectoryLister.List(directory, path, options, Operation, cancellationToken);
            },
            cancellationToken);
    }
}
