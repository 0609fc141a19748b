using System.Runtime.InteropServices;

namespace Toolkit.Interop;

// posix_spawn (to start a child in its own process group, which System.Diagnostics.Process cannot do), signals, waiting
// and pidfds, for the shell driver's Linux launcher.
internal static unsafe partial class LibC
{
    /// <summary>Bytes of a <c>siginfo_t</c>.</summary>
    internal const int SigInfoSize = 128;

    /// <summary>Bytes reserved for the opaque libc structures (glibc needs 80, 336 and 128; musl less).</summary>
    internal const int OpaqueStructSize = 1024;

    [LibraryImport(Library, EntryPoint = "kill", SetLastError = true)]
    internal static partial int Kill(int pid, int signal);

    [LibraryImport(Library, EntryPoint = "waitpid", SetLastError = true)]
    internal static partial int WaitPid(int pid, int* status, int options);

    [LibraryImport(Library, EntryPoint = "waitid", SetLastError = true)]
    internal static partial int WaitId(int idType, int id, void* info, int options);

    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true)]
    internal static partial long Syscall(long number, long argument1, long argument2);

    /// <summary>Returns an error number (0 on success) rather than setting errno.</summary>
    [LibraryImport(Library, EntryPoint = "posix_spawn")]
    internal static partial int PosixSpawn(int* pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_init")]
    internal static partial int PosixSpawnFileActionsInit(void* fileActions);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_destroy")]
    internal static partial int PosixSpawnFileActionsDestroy(void* fileActions);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_adddup2")]
    internal static partial int PosixSpawnFileActionsAddDup2(void* fileActions, int fd, int newFd);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_addopen")]
    internal static partial int PosixSpawnFileActionsAddOpen(void* fileActions, int fd, byte* path, int flags, uint mode);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_init")]
    internal static partial int PosixSpawnAttrInit(void* attributes);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_destroy")]
    internal static partial int PosixSpawnAttrDestroy(void* attributes);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setflags")]
    internal static partial int PosixSpawnAttrSetFlags(void* attributes, short flags);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setpgroup")]
    internal static partial int PosixSpawnAttrSetPGroup(void* attributes, int processGroup);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setsigdefault")]
    internal static partial int PosixSpawnAttrSetSigDefault(void* attributes, void* signals);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setsigmask")]
    internal static partial int PosixSpawnAttrSetSigMask(void* attributes, void* signals);

    [LibraryImport(Library, EntryPoint = "sigemptyset", SetLastError = true)]
    internal static partial int SigEmptySet(void* set);

    [LibraryImport(Library, EntryPoint = "sigaddset", SetLastError = true)]
    internal static partial int SigAddSet(void* set, int signal);
}
