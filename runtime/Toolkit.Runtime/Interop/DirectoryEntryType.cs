using Toolkit.Files;

namespace Toolkit.Interop;

/// <summary>The d_type values of a directory entry.</summary>
internal static class DirectoryEntryType
{
    public const byte Unknown = 0;
    public const byte Directory = 4;
    public const byte RegularFile = 8;
    public const byte SymbolicLink = 10;

    public static FileEntryKind ToKind(byte type) => type switch
    {
        Directory => FileEntryKind.Directory,
        RegularFile => FileEntryKind.File,
        SymbolicLink => FileEntryKind.SymbolicLink,
        _ => FileEntryKind.Other,
    };
}
