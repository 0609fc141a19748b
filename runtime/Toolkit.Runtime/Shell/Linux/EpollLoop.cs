using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Toolkit.Interop;

namespace Toolkit.Shell.Linux;

/// <summary>
/// One background thread that waits, with <c>epoll</c>, on every pipe and pidfd of every running command and
/// wakes the matching <see cref="ReadinessSignal"/>. Pipes are otherwise read by blocking a thread-pool thread
/// per pipe (what <see cref="System.Diagnostics.Process"/> does on Unix); with this loop a thousand running
/// commands cost one thread, not two thousand blocked ones.
/// </summary>
/// <remarks>
/// Registrations are edge-triggered and keyed by a never-reused 64-bit id rather than the descriptor number,
/// so an event that is already in flight when a descriptor is closed (and its number reused) finds no
/// registration and is dropped instead of waking the wrong pipe.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed unsafe class EpollLoop
{
    private const int MaxEvents = 256;

    private static readonly Lazy<EpollLoop> LazyShared = new(() => new EpollLoop(), LazyThreadSafetyMode.ExecutionAndPublication);

    // struct epoll_event is packed (12 bytes) on x86-64 and naturally aligned (16 bytes) elsewhere.
    private static readonly int EventSize = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int DataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    private readonly ConcurrentDictionary<long, ReadinessSignal> _registrations = new();
    private readonly int _epollFd;
    private long _nextId;

    private EpollLoop()
    {
        _epollFd = LibC.EpollCreate1(EpollFlags.CloseOnExec);
        if (_epollFd < 0)
        {
            var error = LibC.LastError;
            throw new IOException($"epoll_create1 failed: {LibC.Describe(error)} (errno {error}).");
        }

        var thread = new Thread(Run) { IsBackground = true, Name = "Toolkit shell I/O" };
        thread.UnsafeStart();
    }

    /// <summary>The loop shared by every command in the process, started on first use.</summary>
    public static EpollLoop Shared => LazyShared.Value;

    /// <summary>Watches <paramref name="fd"/> for <paramref name="events"/> (edge-triggered) and returns the id to unregister with.</summary>
    public long Register(int fd, uint events, ReadinessSignal signal)
    {
        var id = Interlocked.Increment(ref _nextId);
        _registrations[id] = signal;
        byte* epollEvent = stackalloc byte[16];
        *(uint*)epollEvent = events | EpollFlags.EdgeTriggered;
        *(long*)(epollEvent + DataOffset) = id;
        if (LibC.EpollCtl(_epollFd, EpollFlags.Add, fd, epollEvent) != 0)
        {
            var error = LibC.LastError;
            _registrations.TryRemove(id, out _);
            throw new IOException($"epoll_ctl(ADD) failed for descriptor {fd}: {LibC.Describe(error)} (errno {error}).");
        }

        return id;
    }

    /// <summary>Stops watching <paramref name="fd"/>; call before closing it.</summary>
    public void Unregister(int fd, long id)
    {
        _registrations.TryRemove(id, out _);
        byte* epollEvent = stackalloc byte[16];
        _ = LibC.EpollCtl(_epollFd, EpollFlags.Delete, fd, epollEvent);
    }

    private void Run()
    {
        var events = (byte*)NativeMemory.Alloc((nuint)(MaxEvents * EventSize));
        while (true)
        {
            var count = LibC.EpollWait(_epollFd, events, MaxEvents, -1);
            if (count < 0)
            {
                // EINTR is the only expected failure; anything else would repeat forever, so back off.
                if (LibC.LastError != Errno.EINTR)
                {
                    Thread.Sleep(10);
                }

                continue;
            }

            for (var i = 0; i < count; i++)
            {
                var id = *(long*)(events + (i * EventSize) + DataOffset);
                if (_registrations.TryGetValue(id, out var signal))
                {
                    // Errors and hang-ups wake the waiter too: its next read or write reports them.
                    signal.Set();
                }
            }
        }
    }
}
