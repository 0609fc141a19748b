using System.Runtime.CompilerServices;
using System.Runtime.Versioning;
using Toolkit.Shell.Execution;
using Toolkit.Interop;

namespace Toolkit.Shell.Linux;

/// <summary>
/// Reads the parent's non-blocking end of a pipe: <c>read</c> until EAGAIN, then wait for the epoll loop to
/// report more data. No thread blocks while the child is quiet.
/// </summary>
/// <remarks>
/// A pipe holds 64 KiB by default, so a fast writer and this reader would take turns every 64 KiB. When reads
/// keep finding the pipe full, the pipe is enlarged once to 1 MiB, which more than doubles throughput. Only
/// busy pipes grow: pipe memory counts against a per-user limit (<c>/proc/sys/fs/pipe-user-pages-soft</c>),
/// and past it new pipes of that user get tiny buffers.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class PipeReader : ChildOutput
{
    private const int LargePipeSize = 1024 * 1024;
    private const int FullReadsBeforeGrowing = 4;

    private readonly ReadinessSignal _signal = new();
    private readonly long _registration;
    private int _fd;
    private int _fullReads;

    // After Abandon, what is already in the pipe is still read, up to this much, so output written just before the
    // program exited is not lost; a writer that keeps going cannot hold the reader forever.
    private long _drainBudget = LargePipeSize;

    public PipeReader(int fd)
    {
        _fd = fd;
        _registration = EpollLoop.Shared.Register(fd, EpollFlags.In, _signal);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer)
    {
        while (true)
        {
            if (_signal.IsAbandoned && _drainBudget <= 0)
            {
                return 0;
            }

            var read = TryRead(buffer.Span, out var error);
            if (read >= 0)
            {
                if (_signal.IsAbandoned)
                {
                    _drainBudget -= read;
                }

                if (read == buffer.Length && _fullReads < FullReadsBeforeGrowing && ++_fullReads == FullReadsBeforeGrowing)
                {
                    // Best effort: EPERM past the per-user limit just leaves the pipe as it is.
                    _ = LibC.Fcntl(_fd, FcntlCommands.SetPipeSize, LargePipeSize);
                }

                return read;
            }

            if (error == Errno.EAGAIN)
            {
                if (_signal.IsAbandoned)
                {
                    return 0;
                }

                // False means abandoned while waiting: loop once more to drain what arrived meanwhile.
                _ = await _signal.WaitAsync().ConfigureAwait(false);
            }
            else if (error != Errno.EINTR)
            {
                throw new IOException($"Reading a child process's output pipe failed: {LibC.Describe(error)} (errno {error}).");
            }
        }
    }

    /// <summary>Stops waiting for more output; what is already buffered in the pipe is still returned by the next reads.</summary>
    public override void Abandon() => _signal.Abandon();

    public override void Dispose()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            _signal.Abandon();
            EpollLoop.Shared.Unregister(fd, _registration);
            _ = LibC.Close(fd);
        }
    }

    private unsafe int TryRead(Span<byte> buffer, out int error)
    {
        fixed (byte* pointer = buffer)
        {
            var read = LibC.Read(_fd, pointer, buffer.Length);
            error = read < 0 ? LibC.LastError : 0;
            return (int)read;
        }
    }
}
