using Toolkit.Errors;
using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files.Trees;

/// <summary><c>mkdir -p</c>: creates a directory and its missing parents; an existing directory is success.</summary>
internal static class DirectoryCreator
{
    /// <summary>Deep enough for any path the kernel accepts (4096 bytes), and a guard against cycles.</summary>
    private const int MaxDepth = 2048;

    public static void Create(PathScope scope, string path, string reportedPath, string operation) =>
        Create(scope, path, reportedPath, operation, depth: 0);

    private static void Create(PathScope scope, string path, string reportedPath, string operation, int depth)
    {
        int error = scope.Open(path, OpenFlags.Path | OpenFlags.Directory, 0, out var existing);
        if (error == 0)
        {
            existing.Dispose();
            return;
        }

        if (error == Errno.ENOTDIR)
        {
            ThrowIfNotDirectory(scope, path, reportedPath, operation);
        }

        if (error != Errno.ENOENT || depth > MaxDepth)
        {
            throw FileErrors.FromErrno(error, reportedPath, operation, scope.Root);
        }

        error = scope.OpenParent(path, out var parent, out string leaf, out string parentPath);
        if (error == Errno.ENOENT)
        {
            Create(scope, parentPath, reportedPath, operation, depth + 1);
            error = scope.OpenParent(path, out parent, out leaf, out _);
        }

        if (error != 0)
        {
            throw FileErrors.FromErrno(error, reportedPath, operation, scope.Root);
        }

        using (parent)
        {
            if (!PathText.IsEntryName(leaf))
            {
                throw FileErrors.FromErrno(Errno.ENOENT, reportedPath, operation, scope.Root);
            }

            error = Unix.MkdirAt(parent, leaf, 0b111_111_111);
            if (error == Errno.EEXIST)
            {
                // Created concurrently, or something else is there: only a directory (or a link to one inside the scope) will do.
                ThrowIfNotDirectory(scope, path, reportedPath, operation);
                return;
            }

            if (error != 0)
            {
                throw FileErrors.FromErrno(error, reportedPath, operation, scope.Root);
            }
        }
    }

    private static void ThrowIfNotDirectory(PathScope scope, string path, string reportedPath, string operation)
    {
        int error = scope.Open(path, OpenFlags.Path | OpenFlags.Directory, 0, out var directory);
        if (error == 0)
        {
            directory.Dispose();
            return;
        }

        if (error == Errno.ENOTDIR && scope.Open(path, OpenFlags.Path, 0, out var other) == 0)
        {
            other.Dispose();
            throw new PathAlreadyExistsException(reportedPath, operation, $"'{path}' exists and is not a directory. Remove it or choose another path.");
        }

        throw FileErrors.FromErrno(error, reportedPath, operation, scope.Root);
    }
}
