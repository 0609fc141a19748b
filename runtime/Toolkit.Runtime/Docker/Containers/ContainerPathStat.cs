namespace Toolkit.Docker.Containers;

/// <summary>What a path inside a container is, as the archive API reports it.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Mode">The Go <c>os.FileMode</c> bits: Unix permissions in the low 9 bits, the type in the high bits.</param>
/// <param name="Modified">When it was last modified.</param>
/// <param name="LinkTarget">Where it points when it is a symbolic link; otherwise empty.</param>
public sealed record ContainerPathStat(string Name, long Size, uint Mode, DateTimeOffset? Modified, string LinkTarget)
{
    /// <summary>Whether the path is a directory (Go's <c>os.ModeDir</c> bit).</summary>
    public bool IsDirectory => (Mode & 0x8000_0000u) != 0;

    /// <summary>Whether the path is a symbolic link (Go's <c>os.ModeSymlink</c> bit).</summary>
    public bool IsSymbolicLink => (Mode & 0x0800_0000u) != 0;

    /// <summary>The Unix permission bits, for example 0x1ED (octal 755).</summary>
    public int Permissions => (int)(Mode & 0x1FF);
}
