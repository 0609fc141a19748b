using System.Threading.Tasks.Sources;

namespace Toolkit.Shell.Linux;

/// <summary>
/// Tells one waiter that a descriptor became ready. The epoll thread calls <see cref="Set"/>; the single
/// reader or writer of the descriptor awaits <see cref="WaitAsync"/> after a call returned EAGAIN. A
/// readiness that arrives while nobody waits is remembered, so no edge is ever lost. It is reusable and
/// allocation-free: one instance serves every wait of its descriptor.
/// </summary>
internal sealed class ReadinessSignal : IValueTaskSource<bool>
{
    private const int Idle = 0;
    private const int Notified = 1;
    private const int Waiting = 2;
    private const int Abandoned = 3;

    // Continuations must not run on the epoll thread: user code there would stall every other process's I/O.
    private ManualResetValueTaskSourceCore<bool> _core = new() { RunContinuationsAsynchronously = true };
    private int _state;

    /// <summary>Whether <see cref="Abandon"/> was called.</summary>
    public bool IsAbandoned => Volatile.Read(ref _state) == Abandoned;

    /// <summary>Waits for readiness; <see langword="true"/> when ready, <see langword="false"/> when abandoned.</summary>
    public ValueTask<bool> WaitAsync()
    {
        while (true)
        {
            switch (Volatile.Read(ref _state))
            {
                case Notified:
                    if (Interlocked.CompareExchange(ref _state, Idle, Notified) == Notified)
                    {
                        return new ValueTask<bool>(true);
                    }

                    continue;
                case Abandoned:
                    return new ValueTask<bool>(false);
                case Idle:
                    _core.Reset();
                    if (Interlocked.CompareExchange(ref _state, Waiting, Idle) == Idle)
                    {
                        return new ValueTask<bool>(this, _core.Version);
                    }

                    continue;
                default:
                    throw new InvalidOperationException("Only one wait at a time is allowed on a readiness signal.");
            }
        }
    }

    /// <summary>Reports readiness: wakes the waiter, or remembers it for the next wait.</summary>
    public void Set()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            switch (state)
            {
                case Waiting:
                    if (Interlocked.CompareExchange(ref _state, Idle, Waiting) == Waiting)
                    {
                        _core.SetResult(true);
                        return;
                    }

                    continue;
                case Idle:
                    if (Interlocked.CompareExchange(ref _state, Notified, Idle) == Idle)
                    {
                        return;
                    }

                    continue;
                default:
                    return;
            }
        }
    }

    /// <summary>Ends all waiting for good: the current and every later wait returns <see langword="false"/>.</summary>
    public void Abandon()
    {
        if (Interlocked.Exchange(ref _state, Abandoned) == Waiting)
        {
            _core.SetResult(false);
        }
    }

    bool IValueTaskSource<bool>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
