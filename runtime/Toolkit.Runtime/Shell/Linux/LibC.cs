using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Toolkit.Shell.Linux;

/// <summary>
/// The libc and kernel calls the Linux process launcher needs: <c>posix_spawn</c> (to start the child in its own
/// process group, which <see cref="System.Diagnostics.Process"/> cannot do), pipes, <c>epoll</c>, <c>pidfd</c> and signals.
/// Constants are the Linux values, which are the same on x64 and arm64.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    internal const int EPERM = 1;
    internal const int ENOENT = 2;
    internal const int ESRCH = 3;
    internal const int EINTR = 4;
    internal const int E2BIG = 7;
    internal const int ENOEXEC = 8;
    internal const int ECHILD = 10;
    internal const int EAGAIN = 11;
    internal const int ENOMEM = 12;
    internal const int EACCES = 13;
    internal const int ENOTDIR = 20;
    internal const int ENFILE = 23;
    internal const int EMFILE = 24;
    internal const int ETXTBSY = 26;
    internal const int EPIPE = 32;
    internal const int ENOSYS = 38;
    internal const int ELOOP = 40;

    internal const int O_RDONLY = 0;
    internal const int O_WRONLY = 1;
    internal const int O_NOCTTY = 0x100;
    internal const int O_NONBLOCK = 0x800;
    internal const int O_CLOEXEC = 0x80000;

    internal const int F_DUPFD_CLOEXEC = 1030;
    internal const int F_SETFL = 4;
    internal const int F_SETPIPE_SZ = 1031;

    internal const int SIGKILL = 9;
    internal const int SIGPIPE = 13;
    internal const int SIGTERM = 15;
    internal const int SIGCONT = 18;

    internal const int WNOHANG = 1;
    internal const int WEXITED = 4;
    internal const int WNOWAIT = 0x01000000;
    internal const int P_PID = 1;

    /// <summary>Bytes of a <c>siginfo_t</c>.</summary>
    internal const int SigInfoSize = 128;

    internal const int EPOLL_CLOEXEC = 0x80000;
    internal const int EPOLL_CTL_ADD = 1;
    internal const int EPOLL_CTL_DEL = 2;
    internal const uint EPOLLIN = 0x1;
    internal const uint EPOLLOUT = 0x4;
    internal const uint EPOLLERR = 0x8;
    internal const uint EPOLLHUP = 0x10;
    internal const uint EPOLLET = 1u << 31;

    internal const short POSIX_SPAWN_SETPGROUP = 0x02;
    internal const short POSIX_SPAWN_SETSIGDEF = 0x04;
    internal const short POSIX_SPAWN_SETSIGMASK = 0x08;
    internal const short POSIX_SPAWN_SETSID = 0x80;

    internal const long SYS_pidfd_open = 434;

    /// <summary>Bytes reserved for the opaque libc structures (glibc needs 80, 336 and 128; musl less).</summary>
    internal const int OpaqueStructSize = 1024;

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int pipe2(int* fds, int flags);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int fcntl(int fd, int command, int argument);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int close(int fd);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial nint read(int fd, byte* buffer, nint count);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial nint write(int fd, byte* buffer, nint count);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int kill(int pid, int signal);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int waitpid(int pid, int* status, int options);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int waitid(int idType, int id, void* info, int options);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial long syscall(long number, long argument1, long argument2);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_create1(int flags);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_ctl(int epollFd, int operation, int fd, byte* epollEvent);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_wait(int epollFd, byte* events, int maxEvents, int timeout);

    /// <summary>Returns an error number (0 on success) rather than setting errno.</summary>
    [LibraryImport(Library)]
    internal static partial int posix_spawn(int* pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport(Library)]
    internal static partial int posix_spawn_file_actions_init(void* fileActions);

    [LibraryImport(Library)]
    internal static partial int posix_spawn_file_actions_destroy(void* fileActions);

    [LibraryImport(Library)]
    internal static partial int posix_spawn_file_actions_adddup2(void* fileActions, int fd, int newFd);

    [LibraryImport(Library)]
    internal static partial int posix_spawn_file_actions_addopen(void* fileActions, int fd, byte* path, int flags, uint mode);

    [LibraryImport(Library)]
    internal static partial int posix_spawnattr_init(void* attributes);

    [LibraryImport(Library)]
    internal static partial int posix_spawnattr_destroy(void* attributes);

    [LibraryImport(Library)]
    internal static partial int posix_spawnattr_setflags(void* attributes, short flags);

    [LibraryImport(Library)]
    internal static partial int posix_spawnattr_setpgroup(void* attributes, int processGroup);

    [LibraryImport(Library)]
    internal static partial int posix_spawnattr_setsigdefault(void* attributes, void* signals);

    [LibraryImport(Library)]
    internal static partial int posix_spawnattr_setsigmask(void* attributes, void* signals);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int open(byte* path, int flags);

    internal const int X_OK = 1;

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int access(string path, int mode);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int sigemptyset(void* set);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int sigaddset(void* set, int signal);

    /// <summary>The <c>errno</c> of the last call made with <c>SetLastError = true</c>.</summary>
    internal static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>The system's description of an error number, for messages.</summary>
    internal static string Describe(int errorNumber) => Marshal.GetPInvokeErrorMessage(errorNumber);
}
