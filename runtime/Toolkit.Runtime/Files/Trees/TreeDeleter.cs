using Microsoft.Win32.SafeHandles;
using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files.Trees;

/// <summary>
/// <c>rm -rf</c> over descriptors: every directory is opened with O_NOFOLLOW relative to its parent's
/// descriptor, so a symbolic link (even one swapped in for a directory mid-walk) is removed as a link and
/// never followed out of the tree.
/// </summary>
internal static class TreeDeleter
{
    /// <summary>How often a directory that keeps gaining entries while it is emptied is retried.</summary>
    private const int Attempts = 4;

    /// <summary>Deletes <paramref name="name"/> in <paramref name="parent"/>, whatever it is; false when it was already gone.</summary>
    public static bool Delete(SafeFileHandle parent, string name, string reportedPath, string operation, CancellationToken cancellationToken)
    {
        using var reader = new DirectoryReader();
        return DeleteEntry(parent, name, reportedPath, operation, reader, cancellationToken);
    }

    private static bool DeleteEntry(SafeFileHandle parent, string name, string path, string operation, DirectoryReader reader, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            int error = Unix.OpenAt(parent, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var directory);
            if (error is Errno.ENOTDIR or Errno.ELOOP)
            {
                // Not a directory (or a link to one): unlink the entry itself.
                error = Unix.UnlinkAt(parent, name, directoryEntry: false);
                return error switch
                {
                    0 => true,
                    Errno.ENOENT => false,
                    Errno.EISDIR => DeleteEntry(parent, name, path, operation, reader, cancellationToken),
                    _ => throw FileErrors.FromErrno(error, path, operation),
                };
            }

            if (error == Errno.ENOENT)
            {
                return false;
            }

            if (error != 0)
            {
                throw FileErrors.FromErrno(error, path, operation);
            }

            using (directory)
            {
                DeleteContents(directory, path, operation, reader, cancellationToken);
            }

            error = Unix.UnlinkAt(parent, name, directoryEntry: true);
            if (error == 0 || error == Errno.ENOENT)
            {
                return true;
            }

            if (error != Errno.ENOTEMPTY || attempt == Attempts)
            {
                throw FileErrors.FromErrno(error, path, operation);
            }
        }
    }

    private static void DeleteContents(SafeFileHandle directory, string path, string operation, DirectoryReader reader, CancellationToken cancellationToken)
    {
        // Read everything first: unlinking while getdents64 is mid-directory can make some file systems skip entries.
        var names = new List<(string Name, byte Type)>();
        reader.Start(directory);
        int readError;
        while (reader.TryRead(out readError))
        {
            names.Add((System.Text.Encoding.UTF8.GetString(reader.Name), reader.Type));
        }

        if (readError != 0)
        {
            throw FileErrors.FromErrno(readError, path, operation);
        }

        foreach (var (name, type) in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string childPath = PathText.Join(path, name);
            if (type is DirectoryEntryType.Directory or DirectoryEntryType.Unknown)
            {
                DeleteEntry(directory, name, childPath, operation, reader, cancellationToken);
                continue;
            }

            int error = Unix.UnlinkAt(directory, name, directoryEntry: false);
            if (error == Errno.EISDIR)
            {
                DeleteEntry(directory, name, childPath, operation, reader, cancellationToken);
            }
            else if (error != 0 && error != Errno.ENOENT)
            {
                throw FileErrors.FromErrno(error, childPath, operation);
            }
        }
    }
}
