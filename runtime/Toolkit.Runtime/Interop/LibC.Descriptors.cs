using System.Runtime.InteropServices;

namespace Toolkit.Interop;

// Raw descriptors for the shell driver's pipes: it owns them by number (not SafeHandle) because the epoll loop and the
// child's file actions need the plain int, and it closes each exactly once itself.
internal static unsafe partial class LibC
{
    [LibraryImport(Library, EntryPoint = "pipe2", SetLastError = true)]
    internal static partial int Pipe2(int* fds, int flags);

    [LibraryImport(Library, EntryPoint = "fcntl", SetLastError = true)]
    internal static partial int Fcntl(int fd, int command, int argument);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "read", SetLastError = true)]
    internal static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "write", SetLastError = true)]
    internal static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true)]
    internal static partial int Open(byte* path, int flags);

    [LibraryImport(Library, EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Access(string path, int mode);
}
