using System.Text;
using Microsoft.Win32.SafeHandles;
using Toolkit.Errors;
using Toolkit.Files.Resolution;
using Toolkit.Files.Writing;
using Toolkit.Interop;

namespace Toolkit.Files.Copying;

/// <summary>
/// Copies a directory tree like <c>cp -r</c>: files land atomically (each through <see cref="AtomicFileWriter"/>),
/// symbolic links are recreated as links (never followed), permission bits are kept, and special files
/// (FIFOs, sockets, devices) are refused rather than silently skipped. Every directory is entered through
/// an O_NOFOLLOW descriptor, so the walk cannot leave the source tree.
/// </summary>
internal sealed class TreeCopier(CopySettings settings, ProgressCounter progress, string operation, CancellationToken cancellationToken)
{
    private Statx _destinationRoot;
    private bool _haveDestinationRoot;

    /// <summary>Whether the copy created its top destination directory (and so must remove it if the copy fails).</summary>
    public bool CreatedDestinationRoot { get; private set; }

    /// <summary>Copies the open directory <paramref name="source"/> to <paramref name="name"/> in <paramref name="destinationParent"/>; returns whether it created that directory.</summary>
    public bool CopyDirectory(SafeFileHandle source, in Statx sourceStatus, string sourcePath, SafeFileHandle destinationParent, string name, string destinationPath)
    {
        bool created = true;
        int error = Unix.MkdirAt(destinationParent, name, 0b111_000_000);
        if (error == Errno.EEXIST)
        {
            if (!settings.Overwrite)
            {
                throw new PathAlreadyExistsException(destinationPath, operation);
            }

            created = false;
        }
        else if (error != 0)
        {
            throw FileErrors.FromErrno(error, destinationPath, operation);
        }
        else if (!_haveDestinationRoot)
        {
            CreatedDestinationRoot = true;
        }

        error = Unix.OpenAt(destinationParent, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var destination);
        if (error != 0)
        {
            throw error is Errno.ENOTDIR or Errno.ELOOP
                ? new PathAlreadyExistsException(destinationPath, operation, "it exists and is not a directory, so the directory cannot be copied over it. Remove it or choose another destination.")
                : FileErrors.FromErrno(error, destinationPath, operation);
        }

        using (destination)
        {
            if (!_haveDestinationRoot)
            {
                _ = Unix.Stat(destination, out _destinationRoot);
                _haveDestinationRoot = true;
            }

            CopyEntries(source, sourcePath, destination, destinationPath);
            Finish(destination, sourceStatus, destinationPath);
        }

        return created;
    }

    /// <summary>Copies one regular file, open as <paramref name="source"/>, to <paramref name="name"/> in an open directory.</summary>
    public void CopyFileInto(SafeFileHandle source, in Statx sourceStatus, SafeFileHandle destinationDirectory, string name, string destinationPath)
    {
        var writerSettings = new AtomicWriteSettings(settings.Overwrite, settings.Durable, CreateDirectories: false, KeepOwner: settings.PreserveOwnerAndTimes, NamedTempFile: settings.NamedTempFiles);
        using var writer = AtomicFileWriter.BeginIn(destinationDirectory, name, destinationPath, writerSettings, operation, sourceStatus);
        CopyContent(source, writer, destinationPath);
        writer.Commit(settings.PreserveOwnerAndTimes ? sourceStatus : null);
    }

    /// <summary>Copies file content into an atomic writer's temporary file, mapping failures to the destination path.</summary>
    public void CopyContent(SafeFileHandle source, AtomicFileWriter writer, string destinationPath)
    {
        int error = FileContentCopier.Copy(source, writer.Handle, progress, cancellationToken);
        if (error != 0)
        {
            throw FileErrors.FromErrno(error, destinationPath, operation);
        }
    }

    private void CopyEntries(SafeFileHandle source, string sourcePath, SafeFileHandle destination, string destinationPath)
    {
        var entries = new List<(string Name, byte Type)>();
        using (var reader = new DirectoryReader())
        {
            reader.Start(source);
            int readError;
            while (reader.TryRead(out readError))
            {
                entries.Add((Encoding.UTF8.GetString(reader.Name), reader.Type));
            }

            if (readError != 0)
            {
                throw FileErrors.FromErrno(readError, sourcePath, operation);
            }
        }

        foreach (var (name, type) in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string childSource = PathText.Join(sourcePath, name);
            string childDestination = PathText.Join(destinationPath, name);
            var kind = DirectoryEntryType.ToKind(type);
            if (type == DirectoryEntryType.Unknown)
            {
                int statError = Unix.Stat(source, name, followLinks: false, out var entryStatus);
                if (statError == Errno.ENOENT)
                {
                    continue; // Removed since the directory was read.
                }

                kind = statError == 0 ? entryStatus.Kind : throw FileErrors.FromErrno(statError, childSource, operation);
            }

            if (kind == FileEntryKind.SymbolicLink)
            {
                CopyLink(source, name, childSource, destination, childDestination);
                continue;
            }

            if (kind == FileEntryKind.Other)
            {
                throw SpecialFile(childSource);
            }

            // O_NONBLOCK: should the entry have been swapped for a FIFO since it was read, opening it must not hang.
            int error = Unix.OpenAt(source, name, OpenFlags.ReadOnly | OpenFlags.NoFollow | OpenFlags.NonBlock, 0, out var child);
            if (error == Errno.ELOOP)
            {
                CopyLink(source, name, childSource, destination, childDestination);
                continue;
            }

            if (error == Errno.ENOENT)
            {
                continue; // Removed since the directory was read.
            }

            if (error != 0)
            {
                throw FileErrors.FromErrno(error, childSource, operation);
            }

            using (child)
            {
                error = Unix.Stat(child, out var status);
                if (error != 0)
                {
                    throw FileErrors.FromErrno(error, childSource, operation);
                }

                if (status.IsDirectory)
                {
                    if (_destinationRoot.IsSameFileAs(status))
                    {
                        throw new FileSystemException(childSource, $"it is the destination '{childDestination}'; a directory cannot be copied into itself. Choose a destination outside the source.", operation);
                    }

                    CopyDirectory(child, status, childSource, destination, name, childDestination);
                }
                else if (status.IsRegularFile)
                {
                    CopyFileInto(child, status, destination, name, childDestination);
                }
                else
                {
                    throw SpecialFile(childSource);
                }
            }
        }
    }

    private FileSystemException SpecialFile(string path) =>
        new(path, "it is a FIFO, socket or device node, which the file driver does not copy. Remove it from the source or copy the tree another way.", operation);

    private void CopyLink(SafeFileHandle source, string name, string sourcePath, SafeFileHandle destination, string destinationPath)
    {
        int error = Unix.ReadLinkAt(source, name, out string target);
        if (error != 0)
        {
            throw FileErrors.FromErrno(error, sourcePath, operation);
        }

        error = Unix.SymlinkAt(target, destination, name);
        if (error == Errno.EEXIST && settings.Overwrite)
        {
            // Replace atomically: create the link under a temporary name, then rename it over the old entry.
            string temp = TempFileName.For(name);
            error = Unix.SymlinkAt(target, destination, temp);
            if (error == 0)
            {
                error = Unix.RenameAt(destination, temp, destination, name, noReplace: false);
                if (error != 0)
                {
                    _ = Unix.UnlinkAt(destination, temp, directoryEntry: false);
                }
            }
        }

        if (error == Errno.EEXIST)
        {
            throw new PathAlreadyExistsException(destinationPath, operation);
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, destinationPath, operation);
        }
    }

    /// <summary>Applies the source directory's mode (last, so a read-only source directory could still be filled), owner, times and flush.</summary>
    private void Finish(SafeFileHandle destination, in Statx sourceStatus, string destinationPath)
    {
        int error = Unix.FChmod(destination, sourceStatus.Permissions);
        if (error == 0 && settings.PreserveOwnerAndTimes)
        {
            if (Unix.IsRoot)
            {
                _ = Unix.FChown(destination, sourceStatus.Uid, sourceStatus.Gid);
            }

            error = Unix.SetTimes(destination, sourceStatus);
        }

        if (error == 0 && settings.Durable)
        {
            error = Unix.FSync(destination);
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, destinationPath, operation);
        }
    }
}
