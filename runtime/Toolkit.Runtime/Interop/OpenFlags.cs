using System.Runtime.InteropServices;

namespace Toolkit.Interop;

/// <summary>
/// open(2) flags. Most are the same on every Linux architecture, but O_DIRECTORY and O_NOFOLLOW (and
/// so O_TMPFILE) differ between x86-64 (asm-generic values) and arm64 (the arm values), so they are
/// chosen at startup.
/// </summary>
internal static class OpenFlags
{
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int NoControllingTerminal = 0x100;
    public const int Truncate = 0x200;
    public const int Append = 0x400;
    public const int NonBlock = 0x800;
    public const int CloseOnExec = 0x80000;
    public const int Path = 0x200000;

    private static readonly bool IsArm = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    public static readonly int Directory = IsArm ? 0x4000 : 0x10000;
    public static readonly int NoFollow = IsArm ? 0x8000 : 0x20000;

    /// <summary>O_TMPFILE is defined as __O_TMPFILE | O_DIRECTORY.</summary>
    public static readonly int TempFile = 0x400000 | Directory;
}

/// <summary>The *at(2) flags and the openat2 RESOLVE_* flags.</summary>
internal static class AtFlags
{
    public const int SymlinkNoFollow = 0x100;
    public const int RemoveDir = 0x200;
    public const int SymlinkFollow = 0x400;
    public const int EmptyPath = 0x1000;

    public const ulong ResolveNoMagicLinks = 0x02;
    public const ulong ResolveBeneath = 0x08;

    public const uint RenameNoReplace = 1;
}
