using System.Runtime.InteropServices;
using Toolkit.Files;

namespace Toolkit.Interop;

/// <summary>struct statx (256 bytes, the same layout on every architecture); only the fields the driver reads.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct Statx
{
    public const uint BasicStats = 0x7ff;

    private const int TypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;
    private const int SymlinkType = 0xA000;

    [FieldOffset(0)] public uint Mask;
    [FieldOffset(16)] public uint LinkCount;
    [FieldOffset(20)] public uint Uid;
    [FieldOffset(24)] public uint Gid;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Inode;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(64)] public long AccessSeconds;
    [FieldOffset(72)] public uint AccessNanoseconds;
    [FieldOffset(112)] public long ModifySeconds;
    [FieldOffset(120)] public uint ModifyNanoseconds;
    [FieldOffset(136)] public uint DeviceMajor;
    [FieldOffset(140)] public uint DeviceMinor;

    public readonly bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    public readonly bool IsRegularFile => (Mode & TypeMask) == RegularType;

    public readonly bool IsSymbolicLink => (Mode & TypeMask) == SymlinkType;

    /// <summary>The permission bits, including set-user-id, set-group-id and sticky.</summary>
    public readonly int Permissions => Mode & 0xFFF;

    public readonly FileEntryKind Kind => (Mode & TypeMask) switch
    {
        DirectoryType => FileEntryKind.Directory,
        RegularType => FileEntryKind.File,
        SymlinkType => FileEntryKind.SymbolicLink,
        _ => FileEntryKind.Other,
    };

    /// <summary>Whether two results describe the same inode.</summary>
    public readonly bool IsSameFileAs(in Statx other) =>
        Inode == other.Inode && DeviceMajor == other.DeviceMajor && DeviceMinor == other.DeviceMinor;
}
