using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Toolkit.Shell.Linux;

/// <summary>
/// The non-standard <c>posix_spawn</c> file actions, looked up at run time because older C libraries lack them:
/// <c>addchdir_np</c> (glibc 2.29, musl 1.1.24) sets the working directory, <c>addclosefrom_np</c> (glibc 2.34)
/// closes every descriptor above 2 so nothing this process opened without <c>O_CLOEXEC</c> leaks into children.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe class SpawnExtensions
{
    private static readonly delegate* unmanaged<void*, byte*, int> AddChdir = (delegate* unmanaged<void*, byte*, int>)Lookup("posix_spawn_file_actions_addchdir_np");
    private static readonly delegate* unmanaged<void*, int, int> AddCloseFrom = (delegate* unmanaged<void*, int, int>)Lookup("posix_spawn_file_actions_addclosefrom_np");

    /// <summary>Whether a working directory can be set for a spawned process.</summary>
    public static bool CanChangeDirectory => AddChdir != null;

    /// <summary>Adds a <c>chdir</c> to the file actions; returns an error number, 0 on success.</summary>
    public static int AddChangeDirectory(void* fileActions, byte* path) => AddChdir(fileActions, path);

    /// <summary>Adds "close every descriptor from <paramref name="lowestFd"/> up" when the C library supports it.</summary>
    public static void TryAddCloseFrom(void* fileActions, int lowestFd)
    {
        if (AddCloseFrom != null)
        {
            _ = AddCloseFrom(fileActions, lowestFd);
        }
    }

    private static nint Lookup(string name) =>
        NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), name, out var address) ? address : 0;
}
