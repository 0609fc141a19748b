using System.Runtime.InteropServices;

namespace Toolkit.Interop;

/// <summary>
/// Every libc and kernel entry point the drivers call, in one place and one style: .NET names on the methods, the C
/// name in <c>EntryPoint</c>, and constants grouped by the call they belong to (<see cref="Errno"/>,
/// <see cref="OpenFlags"/>, <see cref="Signals"/>…) with the values Linux uses on x86-64 and arm64.
/// </summary>
/// <remarks>
/// The declarations are split by subject: <c>LibC.FileSystem.cs</c> (the file driver), <c>LibC.Descriptors.cs</c>
/// (pipes and descriptors), <c>LibC.Processes.cs</c> (spawning, signals, waiting) and <c>LibC.Epoll.cs</c>.
/// </remarks>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    /// <summary>The <c>errno</c> of the last call made with <c>SetLastError = true</c>.</summary>
    internal static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>The system's description of an error number, for messages.</summary>
    internal static string Describe(int errorNumber) => Marshal.GetPInvokeErrorMessage(errorNumber);
}
