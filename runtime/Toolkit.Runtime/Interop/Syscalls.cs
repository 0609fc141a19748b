using System.Runtime.InteropServices;

namespace Toolkit.Interop;

/// <summary>
/// Numbers of the system calls reached through syscall(2) rather than a libc wrapper, because the
/// wrappers are missing from some libcs (openat2 everywhere, getdents64 and statx in musl) and the
/// driver should not depend on which one the image ships.
/// </summary>
internal static class Syscalls
{
    private static readonly bool IsX64 = RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>Whether the running architecture is one the numbers below are known for.</summary>
    public static bool IsSupportedArchitecture =>
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    public static readonly nint GetDents64 = IsX64 ? 217 : 61;
    public static readonly nint Statx = IsX64 ? 332 : 291;
    public static readonly nint RenameAt2 = IsX64 ? 316 : 276;

    /// <summary>openat2 came after the syscall tables were unified, so it is 437 everywhere.</summary>
    public const nint OpenAt2 = 437;

    /// <summary>pidfd_open, also from the unified table: 434 everywhere.</summary>
    public const nint PidfdOpen = 434;
}
