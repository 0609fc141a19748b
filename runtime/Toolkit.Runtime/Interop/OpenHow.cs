using System.Runtime.InteropServices;

namespace Toolkit.Interop;

/// <summary>struct open_how for openat2(2).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct OpenHow
{
    public ulong Flags;
    public ulong Mode;
    public ulong Resolve;
}
