using Microsoft.Win32.SafeHandles;
using Toolkit.Errors;
using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files;

/// <summary>
/// The Linux file system driver: see <see cref="IFileDriver"/>. Stateless and safe to share between
/// threads; register it as a singleton.
/// </summary>
/// <remarks>
/// <para><b>Confinement and races.</b> A confined driver resolves every path in the kernel with
/// openat2(RESOLVE_BENEATH) from a descriptor of the root (or, where openat2 is unavailable, by walking
/// one name at a time with O_NOFOLLOW descriptors), then acts on the resulting descriptors with *at calls.
/// There is no window between checking a path and using it, so a symbolic link created or swapped in
/// concurrently (for an intermediate directory or the last name) cannot redirect an operation outside the
/// root. Tree walks (delete, copy, list, glob) enter directories with O_NOFOLLOW. What confinement cannot
/// see: hard links to outside files that already exist in the tree, and mounts inside the root (both need
/// privileges to create).</para>
/// <para>Linux on x86-64 or arm64 only; the constructor throws <see cref="PlatformNotSupportedException"/> elsewhere.</para>
/// </remarks>
[DriverImplementation]
public sealed partial class FileDriver : IFileDriver
{
    private readonly PathScope _scope;

    /// <summary>Creates an unconfined driver: paths are absolute or relative to the current directory.</summary>
    public FileDriver()
        : this(new FileDriverOptions())
    {
    }

    /// <summary>Creates a driver with <paramref name="options"/>, for example <c>new FileDriver(new() { Root = "/srv/data" })</c>.</summary>
    /// <param name="options">The driver's options.</param>
    /// <exception cref="ArgumentException"><see cref="FileDriverOptions.Root"/> is empty or contains a NUL character.</exception>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux (x86-64 or arm64).</exception>
    public FileDriver(FileDriverOptions options)
        : this(options, forceUserSpaceWalk: false)
    {
    }

    /// <summary>Lets tests exercise the user-space resolver on kernels that have openat2.</summary>
    internal FileDriver(FileDriverOptions options, bool forceUserSpaceWalk)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!OperatingSystem.IsLinux() || !Syscalls.IsSupportedArchitecture)
        {
            throw new PlatformNotSupportedException($"The Toolkit file driver runs on Linux (x86-64 and arm64); this is {System.Runtime.InteropServices.RuntimeInformation.OSDescription} on {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}.");
        }

        if (options.Root is not null)
        {
            PathText.Validate(options.Root, nameof(options) + "." + nameof(options.Root));
        }

        _scope = PathScope.Create(options, forceUserSpaceWalk);
    }

    /// <summary>Makes atomic writes use named temporary files, the path taken on file systems without O_TMPFILE, so tests cover it.</summary>
    internal bool NamedTempFiles { get; init; }

    /// <summary>The absolute root the driver is confined to, or <see langword="null"/> when unconfined.</summary>
    public string? Root => _scope.Root;

    private DriverException Error(int errno, string path, string operation) => FileErrors.FromErrno(errno, path, operation, _scope.Root);

    /// <summary>Opens <paramref name="path"/> through the scope or throws the typed error.</summary>
    private SafeFileHandle Open(string path, int flags, uint mode, string operation)
    {
        int error = _scope.Open(path, flags, mode, out var handle);
        return error == 0 ? handle : throw Error(error, path, operation);
    }

    /// <summary>Opens a regular file for reading; a directory is refused with EISDIR (opening one read-only would succeed).</summary>
    private SafeFileHandle OpenFileForReading(string path, string operation, out Statx status)
    {
        var handle = Open(path, OpenFlags.ReadOnly | OpenFlags.NonBlock, 0, operation);
        int error = Unix.Stat(handle, out status);
        if (error == 0 && status.IsDirectory)
        {
            error = Errno.EISDIR;
        }

        if (error != 0)
        {
            handle.Dispose();
            throw Error(error, path, operation);
        }

        return handle;
    }

    /// <summary>Opens the directory holding <paramref name="path"/>'s last name, which must be a real entry name.</summary>
    private SafeFileHandle OpenParent(string path, string operation, out string leaf, out int error)
    {
        error = _scope.OpenParent(path, out var parent, out leaf, out _);
        if (error != 0)
        {
            return null!;
        }

        if (!PathText.IsEntryName(leaf))
        {
            parent.Dispose();
            throw new ArgumentException($"The path '{path}' does not name an entry the {operation} operation can act on (its last part is '{(leaf.Length == 0 ? "/" : leaf)}').", nameof(path));
        }

        return parent;
    }
}
