using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

namespace Toolkit.Files.Resolution;

/// <summary>
/// Where the driver's paths resolve: anywhere (unconfined) or beneath a root. Every operation reaches
/// the file system through <see cref="Open"/> or <see cref="OpenParent"/> and then works on the returned
/// descriptors with *at calls, so no path is resolved twice and a confined scope never has a window
/// between checking a path and using it.
/// </summary>
internal abstract class PathScope
{
    /// <summary>The root, or <see langword="null"/> when unconfined.</summary>
    public abstract string? Root { get; }

    /// <summary>Opens <paramref name="path"/> (as the caller wrote it) with open(2) flags; returns 0 or an errno, <see cref="Errno.OutsideRoot"/> for an escape.</summary>
    public abstract int Open(string path, int flags, uint mode, out SafeFileHandle handle);

    /// <summary>
    /// Turns the target of a symbolic link found in <paramref name="directory"/> into a path the scope
    /// can open; confined scopes refuse absolute targets.
    /// </summary>
    public abstract int JoinLinkTarget(string directory, string target, out string path);

    /// <summary>
    /// Opens the directory that holds the last name of <paramref name="path"/>, for *at calls on
    /// <paramref name="leaf"/>. The directory is opened for reading (so it can be fsynced) when allowed.
    /// </summary>
    public int OpenParent(string path, out SafeFileHandle parent, out string leaf, out string parentPath)
    {
        PathText.SplitLeaf(path, out parentPath, out leaf);
        int error = Open(parentPath, OpenFlags.ReadOnly | OpenFlags.Directory, 0, out parent);
        if (error == Errno.EACCES)
        {
            // A write-only (-wx) directory can still be changed; it just cannot be read or fsynced.
            error = Open(parentPath, OpenFlags.Path | OpenFlags.Directory, 0, out parent);
        }

        return error;
    }

    /// <summary>The scope for <paramref name="options"/>.</summary>
    public static PathScope Create(FileDriverOptions options, bool forceUserSpaceWalk = false)
    {
        if (options.Root is null)
        {
            return UnconfinedScope.Instance;
        }

        return !forceUserSpaceWalk && OpenAt2Support.IsAvailable
            ? new KernelConfinedScope(options.Root)
            : new WalkingConfinedScope(options.Root);
    }
}
