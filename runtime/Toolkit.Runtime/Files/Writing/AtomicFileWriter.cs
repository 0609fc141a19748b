using System.Globalization;
using Microsoft.Win32.SafeHandles;
using Toolkit.Errors;
using Toolkit.Files.Resolution;
using Toolkit.Files.Trees;
using Toolkit.Interop;

namespace Toolkit.Files.Writing;

/// <summary>
/// Replaces a file atomically: the new content goes to a temporary file in the target's directory, is
/// flushed (fdatasync), renamed over the target, and the directory is fsynced. A crash at any moment
/// leaves the old content or the new one, never a mix or a truncated file.
/// </summary>
/// <remarks>
/// <para>Where the file system supports it the temporary file is anonymous (O_TMPFILE): a crash while
/// writing leaves nothing behind, and the file is linked to a hidden temporary name only for the instant
/// before the rename. Elsewhere a hidden, randomly named file is created with O_EXCL. Either way a
/// failure before the rename removes the temporary file and leaves the target untouched.</para>
/// <para>A replacement keeps the target's permission bits (and, when running as root, its owner), as
/// editors and <c>sed -i</c> do. Writing to a symbolic link replaces the file it points to, not the link.</para>
/// </remarks>
internal sealed class AtomicFileWriter : IDisposable
{
    private static readonly bool ProcFileDescriptorsVisible = Directory.Exists("/proc/self/fd");

    private readonly SafeFileHandle _directory;
    private readonly bool _ownsDirectory;
    private readonly string _leaf;
    private readonly string _reportedPath;
    private readonly string _operation;
    private readonly bool _overwrite;
    private readonly bool _durable;
    private readonly bool _anonymous;
    private string? _tempName;
    private bool _committed;

    private AtomicFileWriter(SafeFileHandle directory, bool ownsDirectory, string leaf, string reportedPath, string operation, bool overwrite, bool durable, SafeFileHandle handle, bool anonymous, string? tempName)
    {
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _leaf = leaf;
        _reportedPath = reportedPath;
        _operation = operation;
        _overwrite = overwrite;
        _durable = durable;
        Handle = handle;
        _anonymous = anonymous;
        _tempName = tempName;
    }

    /// <summary>The temporary file, open for writing at offset 0.</summary>
    public SafeFileHandle Handle { get; }

    /// <summary>
    /// Starts replacing the file at <paramref name="path"/> (following a symbolic link at the last name to
    /// its target). <paramref name="template"/>, when given, supplies permission bits, owner and times for the
    /// new file (a copy or a move); otherwise an existing target's permissions and owner are kept.
    /// </summary>
    public static AtomicFileWriter Begin(PathScope scope, string path, AtomicWriteSettings settings, string operation, in Statx? template = null)
    {
        string target = path;
        for (int hops = 0; ; hops++)
        {
            int error = scope.OpenParent(target, out var directory, out string leaf, out string parentPath);
            if (error == Errno.ENOENT && settings.CreateDirectories)
            {
                DirectoryCreator.Create(scope, parentPath, path, operation);
                error = scope.OpenParent(target, out directory, out leaf, out parentPath);
            }

            if (error != 0)
            {
                throw FileErrors.FromErrno(error, path, operation, scope.Root);
            }

            if (!PathText.IsEntryName(leaf))
            {
                directory.Dispose();
                throw new ArgumentException($"The path '{path}' does not name a file: its last part is '{leaf}'.", nameof(path));
            }

            error = Unix.Stat(directory, leaf, followLinks: false, out var existing);
            if (error == 0 && existing.IsSymbolicLink)
            {
                // Write through the link, to the file it names, resolved inside the scope.
                error = Errno.ELOOP;
                if (hops < 40)
                {
                    error = Unix.ReadLinkAt(directory, leaf, out string linkTarget);
                    if (error == 0)
                    {
                        error = scope.JoinLinkTarget(parentPath, linkTarget, out target);
                    }
                }

                directory.Dispose();
                if (error != 0)
                {
                    throw FileErrors.FromErrno(error, path, operation, scope.Root);
                }

                continue;
            }

            try
            {
                return Create(directory, ownsDirectory: true, leaf, path, settings, operation, error, existing, template);
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }
    }

    /// <summary>Starts replacing <paramref name="leaf"/> in an open directory, without following a link there (tree copies).</summary>
    public static AtomicFileWriter BeginIn(SafeFileHandle directory, string leaf, string reportedPath, AtomicWriteSettings settings, string operation, in Statx? template)
    {
        int error = Unix.Stat(directory, leaf, followLinks: false, out var existing);
        if (error == 0 && existing.IsSymbolicLink)
        {
            // A link in the destination tree is replaced by the copied file, never followed.
            error = Errno.ENOENT;
        }

        return Create(directory, ownsDirectory: false, leaf, reportedPath, settings, operation, error, existing, template);
    }

    private static AtomicFileWriter Create(SafeFileHandle directory, bool ownsDirectory, string leaf, string path, AtomicWriteSettings settings, string operation, int statError, in Statx existing, in Statx? template)
    {
        bool exists = statError == 0;
        if (statError != 0 && statError != Errno.ENOENT)
        {
            throw FileErrors.FromErrno(statError, path, operation);
        }

        if (exists)
        {
            if (existing.IsDirectory)
            {
                throw FileErrors.FromErrno(Errno.EISDIR, path, operation);
            }

            if (!existing.IsRegularFile && !existing.IsSymbolicLink)
            {
                throw new Toolkit.Errors.FileSystemException(path, "it is not a regular file (a device, FIFO or socket), so it cannot be replaced atomically. Use OpenAsync to write to it in place.", operation);
            }

            if (!settings.Overwrite)
            {
                throw new PathAlreadyExistsException(path, operation);
            }

            ThrowIfLockedByAnother(directory, leaf, path, operation);
        }

        bool hasTemplate = template.HasValue;
        Statx source = hasTemplate ? template!.Value : existing;
        bool keepMode = hasTemplate || (exists && existing.IsRegularFile);

        // With a mode to restore, start private (0600) so a named temporary file never shows more than the final mode.
        uint createMode = keepMode ? 0b110_000_000u : 0b110_110_110u;
        SafeFileHandle handle;
        bool anonymous = false;
        string? tempName = null;
        int error = Errno.EOPNOTSUPP;
        if (ProcFileDescriptorsVisible && !settings.NamedTempFile)
        {
            error = Unix.OpenAt(directory, ".", OpenFlags.TempFile | OpenFlags.WriteOnly, createMode, out handle);
            anonymous = error == 0;
        }
        else
        {
            handle = null!;
        }

        if (error is Errno.EOPNOTSUPP or Errno.EISDIR or Errno.EINVAL or Errno.ENOENT)
        {
            // No O_TMPFILE on this file system (or kernel): a hidden, uniquely named file instead.
            for (int attempt = 0; ; attempt++)
            {
                tempName = TempFileName.For(leaf);
                error = Unix.OpenAt(directory, tempName, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Exclusive | OpenFlags.NoFollow, createMode, out handle);
                if (error != Errno.EEXIST || attempt > 100)
                {
                    break;
                }
            }
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, path, operation);
        }

        var writer = new AtomicFileWriter(directory, ownsDirectory, leaf, path, operation, settings.Overwrite, settings.Durable, handle, anonymous, tempName);
        try
        {
            if (keepMode)
            {
                error = Unix.FChmod(handle, source.Permissions);
                if (error != 0)
                {
                    throw FileErrors.FromErrno(error, path, operation);
                }

                // Only root can give a file away; for anyone else the new file is theirs, as with any editor.
                if (Unix.IsRoot && (!hasTemplate || settings.KeepOwner))
                {
                    _ = Unix.FChown(handle, source.Uid, source.Gid);
                }
            }

            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <summary>Makes the new content the target's: flush, rename (or link) into place, flush the directory.</summary>
    public void Commit(in Statx? times = null)
    {
        int error;
        if (times.HasValue)
        {
            error = Unix.SetTimes(Handle, times.Value);
            if (error != 0)
            {
                throw FileErrors.FromErrno(error, _reportedPath, _operation);
            }
        }

        if (_durable)
        {
            error = Unix.FDataSync(Handle);
            if (error != 0)
            {
                throw FileErrors.FromErrno(error, _reportedPath, _operation);
            }
        }

        if (_anonymous)
        {
            string self = "/proc/self/fd/" + Handle.DangerousGetHandle().ToString(CultureInfo.InvariantCulture);
            if (!_overwrite)
            {
                // linkat never replaces: creating the name and checking that it was free are one atomic step.
                error = Unix.LinkAt(Unix.CurrentDirectory, self, _directory, _leaf, AtFlags.SymlinkFollow);
                ThrowIfFailed(error);
                Committed();
                return;
            }

            for (int attempt = 0; ; attempt++)
            {
                string name = TempFileName.For(_leaf);
                error = Unix.LinkAt(Unix.CurrentDirectory, self, _directory, name, AtFlags.SymlinkFollow);
                if (error == 0)
                {
                    _tempName = name;
                    break;
                }

                if (error != Errno.EEXIST || attempt > 100)
                {
                    ThrowIfFailed(error);
                }
            }
        }

        if (_overwrite)
        {
            error = Unix.RenameAt(_directory, _tempName!, _directory, _leaf, noReplace: false);
        }
        else
        {
            error = Unix.RenameAt(_directory, _tempName!, _directory, _leaf, noReplace: true);
            if (error == Errno.EINVAL)
            {
                // RENAME_NOREPLACE unsupported here: a hard link is just as atomic about never replacing.
                error = Unix.LinkAt(_directory, _tempName!, _directory, _leaf, 0);
                if (error == 0)
                {
                    _ = Unix.UnlinkAt(_directory, _tempName!, directoryEntry: false);
                }
            }
        }

        ThrowIfFailed(error);
        _tempName = null;
        Committed();
    }

    public void Dispose()
    {
        Handle.Dispose();
        if (!_committed && _tempName is not null)
        {
            _ = Unix.UnlinkAt(_directory, _tempName, directoryEntry: false);
            _tempName = null;
        }

        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }

    private void Committed()
    {
        _committed = true;
        if (_durable)
        {
            // A directory opened with O_PATH (one we may write but not read) cannot be fsynced: EBADF.
            int error = Unix.FSync(_directory);
            if (error != 0 && error != Errno.EBADF && error != Errno.EINVAL)
            {
                throw FileErrors.FromErrno(error, _reportedPath, _operation);
            }
        }
    }

    private void ThrowIfFailed(int error)
    {
        if (error == Errno.EEXIST)
        {
            throw new PathAlreadyExistsException(_reportedPath, _operation);
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, _reportedPath, _operation);
        }
    }

    /// <summary>
    /// Fails with <see cref="FileInUseException"/> when another handle holds an exclusive lock on the target
    /// (a .NET <see cref="FileStream"/> with <see cref="FileShare.None"/>, or the driver's own exclusive open):
    /// replacing the file under it would silently drop that writer's later changes.
    /// </summary>
    private static void ThrowIfLockedByAnother(SafeFileHandle directory, string leaf, string path, string operation)
    {
        if (Unix.OpenAt(directory, leaf, OpenFlags.ReadOnly | OpenFlags.NoFollow, 0, out var target) != 0)
        {
            return;
        }

        using (target)
        {
            if (Unix.TryLock(target, exclusive: false) == Errno.EAGAIN)
            {
                throw new FileInUseException(path, operation, "another handle holds it open exclusively (FileShare.None), and replacing it would discard that writer's changes. Close the other handle, or retry later.");
            }
        }
    }
}
