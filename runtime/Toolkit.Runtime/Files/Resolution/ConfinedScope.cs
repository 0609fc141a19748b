using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

namespace Toolkit.Files.Resolution;

/// <summary>
/// Confinement to a root directory. Relative paths resolve against the root; an absolute path is
/// accepted only when it names something under the root (as given, or after resolving the root's own
/// symbolic links) and is then made relative. Resolution itself happens beneath a descriptor of the
/// root, in <see cref="OpenBeneath"/>.
/// </summary>
internal abstract class ConfinedScope : PathScope
{
    private readonly string _root;
    private string? _canonicalRoot;

    protected ConfinedScope(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _canonicalRoot = Canonicalize(_root);
    }

    public override string Root => _root;

    public override int Open(string path, int flags, uint mode, out SafeFileHandle handle)
    {
        handle = null!;
        int error = ToRootRelative(path, out string relative);
        if (error != 0)
        {
            return error;
        }

        error = OpenRoot(out var root);
        if (error != 0)
        {
            return error;
        }

        using (root)
        {
            return OpenBeneath(root, relative, flags, mode, out handle);
        }
    }

    public override int JoinLinkTarget(string directory, string target, out string path)
    {
        path = PathText.Join(directory, target);
        return target.StartsWith('/') ? Errno.OutsideRoot : 0;
    }

    /// <summary>Opens <paramref name="relative"/> beneath <paramref name="root"/>; an escape returns <see cref="Errno.OutsideRoot"/>.</summary>
    protected abstract int OpenBeneath(SafeFileHandle root, string relative, int flags, uint mode, out SafeFileHandle handle);

    private int OpenRoot(out SafeFileHandle root)
    {
        int error = Unix.OpenAt(Unix.CurrentDirectory, _root, OpenFlags.Path | OpenFlags.Directory, 0, out root);
        return error == Errno.ENOENT ? Errno.RootNotFound : error;
    }

    private int ToRootRelative(string path, out string relative)
    {
        if (!path.StartsWith('/'))
        {
            relative = path;
            return 0;
        }

        if (IsUnder(path, _root, out relative))
        {
            return 0;
        }

        // The root may not have existed when the driver was created; look again.
        _canonicalRoot ??= Canonicalize(_root);
        if (_canonicalRoot is not null && IsUnder(path, _canonicalRoot, out relative))
        {
            return 0;
        }

        return Errno.OutsideRoot;
    }

    private static bool IsUnder(string path, string root, out string relative)
    {
        relative = string.Empty;
        if (root == "/")
        {
            relative = path.TrimStart('/');
        }
        else if (path.StartsWith(root, StringComparison.Ordinal) && (path.Length == root.Length || path[root.Length] == '/'))
        {
            relative = path[root.Length..].TrimStart('/');
        }
        else
        {
            return false;
        }

        if (relative.Length == 0)
        {
            relative = ".";
        }

        return true;
    }

    /// <summary>The root with its symbolic links resolved (via /proc/self/fd), or null when it does not exist yet.</summary>
    private static string? Canonicalize(string root)
    {
        if (Unix.OpenAt(Unix.CurrentDirectory, root, OpenFlags.Path | OpenFlags.Directory, 0, out var handle) != 0)
        {
            return null;
        }

        using (handle)
        {
            string link = "/proc/self/fd/" + handle.DangerousGetHandle().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Unix.ReadLinkAt(Unix.CurrentDirectory, link, out string target) == 0 && target.StartsWith('/') && target != root
                ? target
                : null;
        }
    }
}
