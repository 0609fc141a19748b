using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

namespace Toolkit.Files.Resolution;

/// <summary>No confinement: paths are absolute or relative to the process's current directory.</summary>
internal sealed class UnconfinedScope : PathScope
{
    public static readonly UnconfinedScope Instance = new();

    private UnconfinedScope()
    {
    }

    public override string? Root => null;

    public override int Open(string path, int flags, uint mode, out SafeFileHandle handle) =>
        Unix.OpenAt(Unix.CurrentDirectory, path, flags, mode, out handle);

    public override int JoinLinkTarget(string directory, string target, out string path)
    {
        path = target.StartsWith('/') ? target : PathText.Join(directory, target);
        return 0;
    }
}
