using System.Runtime.InteropServices;

namespace Toolkit.Interop;

// epoll, for the shell driver's single I/O thread. Events are passed as raw bytes because struct epoll_event is packed
// on x86-64 and not on arm64; EpollLoop writes the layout itself.
internal static unsafe partial class LibC
{
    [LibraryImport(Library, EntryPoint = "epoll_create1", SetLastError = true)]
    internal static partial int EpollCreate1(int flags);

    [LibraryImport(Library, EntryPoint = "epoll_ctl", SetLastError = true)]
    internal static partial int EpollCtl(int epollFd, int operation, int fd, byte* epollEvent);

    [LibraryImport(Library, EntryPoint = "epoll_wait", SetLastError = true)]
    internal static partial int EpollWait(int epollFd, byte* events, int maxEvents, int timeout);
}
