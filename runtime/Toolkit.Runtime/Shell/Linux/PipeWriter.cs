using System.Runtime.Versioning;
using Toolkit.Shell.Execution;
using Toolkit.Interop;

namespace Toolkit.Shell.Linux;

/// <summary>
/// Writes the parent's non-blocking end of a child's standard input pipe, waiting on the epoll loop while the
/// pipe is full. EPIPE (the child closed its end) ends writing quietly: SIGPIPE is ignored by .NET, so it
/// arrives as an error code, not a signal.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class PipeWriter : ChildInput
{
    private readonly ReadinessSignal _signal = new();
    private readonly long _registration;
    private int _fd;

    public PipeWriter(int fd)
    {
        _fd = fd;
        _registration = EpollLoop.Shared.Register(fd, EpollFlags.Out, _signal);
    }

    public override async ValueTask<bool> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_signal.IsAbandoned)
            {
                return false;
            }

            var written = TryWrite(data.Span, out var error);
            if (written >= 0)
            {
                data = data[written..];
                continue;
            }

            switch (error)
            {
                case Errno.EAGAIN:
                    if (!await _signal.WaitAsync().ConfigureAwait(false))
                    {
                        return false;
                    }

                    break;
                case Errno.EINTR:
                    break;
                case Errno.EPIPE:
                    return false;
                default:
                    throw new IOException($"Writing a child process's standard input failed: {LibC.Describe(error)} (errno {error}).");
            }
        }

        return true;
    }

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

    private unsafe int TryWrite(ReadOnlySpan<byte> data, out int error)
    {
        var fd = Volatile.Read(ref _fd);
        if (fd < 0)
        {
            error = Errno.EPIPE;
            return -1;
        }

        fixed (byte* pointer = data)
        {
            var written = LibC.Write(fd, pointer, data.Length);
            error = written < 0 ? LibC.LastError : 0;
            return (int)written;
        }
    }
}
