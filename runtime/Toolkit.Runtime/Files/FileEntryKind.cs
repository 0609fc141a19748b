namespace Toolkit.Files;

/// <summary>What a directory entry is. Symbolic links are reported as links, not as what they point to.</summary>
public enum FileEntryKind
{
    /// <summary>A regular file.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (which may dangle).</summary>
    SymbolicLink,

    /// <summary>Anything else: a FIFO, a socket or a device node.</summary>
    Other,
}
