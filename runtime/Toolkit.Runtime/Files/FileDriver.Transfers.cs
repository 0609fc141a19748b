using Microsoft.Win32.SafeHandles;
using Toolkit.Errors;
using Toolkit.Files.Copying;
using Toolkit.Files.Resolution;
using Toolkit.Files.Trees;
using Toolkit.Files.Writing;
using Toolkit.Interop;

namespace Toolkit.Files;

public sealed partial class FileDriver
{
    /// <inheritdoc />
    public Task CopyAsync(string source, string destination, CopyOptions? options = null, CancellationToken cancellationToken = default)
    {
        PathText.Validate(source, nameof(source));
        PathText.Validate(destination, nameof(destination));
        options ??= CopyOptions.Default;
        return Task.Run(() => Copy(source, destination, options, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task MoveAsync(string source, string destination, MoveOptions? options = null, CancellationToken cancellationToken = default)
    {
        PathText.Validate(source, nameof(source));
        PathText.Validate(destination, nameof(destination));
        options ??= MoveOptions.Default;
        return Task.Run(() => Move(source, destination, options, cancellationToken), cancellationToken);
    }

    private void Copy(string source, string destination, CopyOptions options, CancellationToken cancellationToken)
    {
        const string Operation = FileOperationNames.Copy;
        var progress = new ProgressCounter(options.Progress);
        var copier = new TreeCopier(new CopySettings(options.Overwrite, options.Durable, PreserveOwnerAndTimes: false, NamedTempFiles), progress, Operation, cancellationToken);

        // The top-level source follows links (as cp does without -R); O_NONBLOCK keeps a FIFO from hanging the open.
        using var sourceHandle = Open(source, OpenFlags.ReadOnly | OpenFlags.NonBlock, 0, Operation);
        int error = Unix.Stat(sourceHandle, out var status);
        if (error != 0)
        {
            throw Error(error, source, Operation);
        }

        if (status.IsRegularFile)
        {
            var settings = new AtomicWriteSettings(options.Overwrite, options.Durable, CreateDirectories: false, NamedTempFile: NamedTempFiles);
            using var writer = AtomicFileWriter.Begin(_scope, destination, settings, Operation, status);
            copier.CopyContent(sourceHandle, writer, destination);
            writer.Commit();
            return;
        }

        if (!status.IsDirectory)
        {
            throw new FileSystemException(source, "it is a FIFO, socket or device node, which the file driver does not copy.", Operation);
        }

        using var parent = OpenParent(destination, Operation, out string leaf, out error);
        if (error != 0)
        {
            throw Error(error, destination, Operation);
        }

        CopyTree(copier, sourceHandle, status, source, parent, leaf, destination, Operation);
    }

    /// <summary>Copies a directory tree; if it fails, removes the destination directory when the copy created it.</summary>
    private static void CopyTree(TreeCopier copier, SafeFileHandle source, in Statx status, string sourcePath, SafeFileHandle parent, string leaf, string destinationPath, string operation)
    {
        try
        {
            copier.CopyDirectory(source, status, sourcePath, parent, leaf, destinationPath);
        }
        catch when (copier.CreatedDestinationRoot)
        {
            TreeDeleter.Delete(parent, leaf, destinationPath, operation, CancellationToken.None);
            throw;
        }
    }

    private void Move(string source, string destination, MoveOptions options, CancellationToken cancellationToken)
    {
        const string Operation = FileOperationNames.Move;
        using var sourceParent = OpenParent(source, Operation, out string sourceLeaf, out int error);
        if (error != 0)
        {
            throw Error(error, source, Operation);
        }

        using var destinationParent = OpenParent(destination, Operation, out string destinationLeaf, out error);
        if (error != 0)
        {
            throw Error(error, destination, Operation);
        }

        cancellationToken.ThrowIfCancellationRequested();
        error = Unix.RenameAt(sourceParent, sourceLeaf, destinationParent, destinationLeaf, noReplace: !options.Overwrite);
        if (error == Errno.EINVAL && !options.Overwrite)
        {
            // RENAME_NOREPLACE is not supported everywhere; check, then rename (a narrow race, on those file systems only).
            if (Unix.Stat(destinationParent, destinationLeaf, followLinks: false, out _) == 0)
            {
                throw new PathAlreadyExistsException(destination, Operation);
            }

            error = Unix.RenameAt(sourceParent, sourceLeaf, destinationParent, destinationLeaf, noReplace: false);
        }

        switch (error)
        {
            case 0:
                return;
            case Errno.EXDEV:
                MoveAcrossFileSystems(sourceParent, sourceLeaf, source, destinationParent, destinationLeaf, destination, options, NamedTempFiles, cancellationToken);
                return;
            case Errno.EEXIST:
                throw new PathAlreadyExistsException(destination, Operation);
            case Errno.ENOTEMPTY:
                throw new PathAlreadyExistsException(destination, Operation, "it is a directory that is not empty, so nothing can be moved over it. Empty or delete it first.");
            case Errno.EISDIR or Errno.ENOSPC or Errno.EDQUOT:
                throw Error(error, destination, Operation);
            default:
                throw Error(error, source, Operation);
        }
    }

    /// <summary>
    /// EXDEV: copy (durably, keeping mode, owner and times), then delete the source. The copy is complete
    /// and on disk before the source goes, so a crash leaves the data in at least one place; a failure or
    /// cancellation during the copy removes the partial copy and leaves the source untouched.
    /// </summary>
    private static void MoveAcrossFileSystems(SafeFileHandle sourceParent, string sourceLeaf, string source, SafeFileHandle destinationParent, string destinationLeaf, string destination, MoveOptions options, bool namedTempFiles, CancellationToken cancellationToken)
    {
        const string Operation = FileOperationNames.Move;
        int error = Unix.Stat(sourceParent, sourceLeaf, followLinks: false, out var status);
        if (error != 0)
        {
            throw FileErrors.FromErrno(error, source, Operation);
        }

        var progress = new ProgressCounter(options.Progress);
        var copier = new TreeCopier(new CopySettings(options.Overwrite, Durable: true, PreserveOwnerAndTimes: true, namedTempFiles), progress, Operation, cancellationToken);
        if (status.IsSymbolicLink)
        {
            error = Unix.ReadLinkAt(sourceParent, sourceLeaf, out string target);
            if (error == 0)
            {
                error = ReplaceWithLink(target, destinationParent, destinationLeaf, options.Overwrite);
            }

            if (error != 0)
            {
                throw error == Errno.EEXIST ? new PathAlreadyExistsException(destination, Operation) : FileErrors.FromErrno(error, destination, Operation);
            }

            _ = Unix.FSync(destinationParent);
        }
        else if (status.IsRegularFile)
        {
            error = Unix.OpenAt(sourceParent, sourceLeaf, OpenFlags.ReadOnly | OpenFlags.NoFollow | OpenFlags.NonBlock, 0, out var sourceHandle);
            if (error != 0)
            {
                throw FileErrors.FromErrno(error, source, Operation);
            }

            using (sourceHandle)
            {
                copier.CopyFileInto(sourceHandle, status, destinationParent, destinationLeaf, destination);
            }
        }
        else if (status.IsDirectory)
        {
            ClearDirectoryDestination(destinationParent, destinationLeaf, destination, options.Overwrite);
            error = Unix.OpenAt(sourceParent, sourceLeaf, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var sourceHandle);
            if (error != 0)
            {
                throw FileErrors.FromErrno(error, source, Operation);
            }

            using (sourceHandle)
            {
                CopyTree(copier, sourceHandle, status, source, destinationParent, destinationLeaf, destination, Operation);
            }

            _ = Unix.FSync(destinationParent);
        }
        else
        {
            throw new FileSystemException(source, "it is a FIFO, socket or device node, which cannot be moved to another file system.", Operation);
        }

        // The copy is durable; finish the move even if cancellation arrives now, or both copies would remain.
        TreeDeleter.Delete(sourceParent, sourceLeaf, source, Operation, CancellationToken.None);
        _ = Unix.FSync(sourceParent);
    }

    /// <summary>A directory may only replace nothing or, with overwrite, an empty directory, as rename(2) allows.</summary>
    private static void ClearDirectoryDestination(SafeFileHandle parent, string leaf, string destination, bool overwrite)
    {
        const string Operation = FileOperationNames.Move;
        int error = Unix.Stat(parent, leaf, followLinks: false, out var existing);
        if (error == Errno.ENOENT)
        {
            return;
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, destination, Operation);
        }

        if (!overwrite)
        {
            throw new PathAlreadyExistsException(destination, Operation);
        }

        if (!existing.IsDirectory)
        {
            throw FileErrors.FromErrno(Errno.ENOTDIR, destination, Operation);
        }

        error = Unix.UnlinkAt(parent, leaf, directoryEntry: true);
        if (error == Errno.ENOTEMPTY || error == Errno.EEXIST)
        {
            throw new PathAlreadyExistsException(destination, Operation, "it is a directory that is not empty, so nothing can be moved over it. Empty or delete it first.");
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, destination, Operation);
        }
    }

    private static int ReplaceWithLink(string target, SafeFileHandle directory, string leaf, bool overwrite)
    {
        int error = Unix.SymlinkAt(target, directory, leaf);
        if (error != Errno.EEXIST || !overwrite)
        {
            return error;
        }

        string temp = TempFileName.For(leaf);
        error = Unix.SymlinkAt(target, directory, temp);
        if (error != 0)
        {
            return error;
        }

        error = Unix.RenameAt(directory, temp, directory, leaf, noReplace: false);
        if (error != 0)
        {
            _ = Unix.UnlinkAt(directory, temp, directoryEntry: false);
        }

        return error;
    }
}
