namespace Toolkit.Tracking;

/// <summary>
/// An <see cref="ICallSink"/> that keeps the most recent calls in memory, for tests and tooling.
/// </summary>
/// <remarks>
/// Thread-safe. It holds at most <see cref="Capacity"/> calls; when full, the oldest call is dropped and
/// <see cref="DroppedCount"/> goes up, so a sink left attached in a long-running process cannot grow without bound.
/// </remarks>
public sealed class InMemoryCallSink : ICallSink
{
    /// <summary>The capacity used when none is given: 10,000 calls.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Queue<CallRecord> _calls = new();
    private readonly Lock _gate = new();
    private long _dropped;

    /// <summary>Creates a sink that keeps up to <see cref="DefaultCapacity"/> calls.</summary>
    public InMemoryCallSink()
        : this(DefaultCapacity)
    {
    }

    /// <summary>Creates a sink that keeps up to <paramref name="capacity"/> calls.</summary>
    /// <param name="capacity">How many calls to keep; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public InMemoryCallSink(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most calls the sink keeps.</summary>
    public int Capacity { get; }

    /// <summary>How many calls were dropped because the sink was full.</summary>
    public long DroppedCount
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    /// <summary>The number of calls currently held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count;
            }
        }
    }

    /// <summary>A snapshot of the calls held, oldest first.</summary>
    public IReadOnlyList<CallRecord> Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <inheritdoc/>
    public void Record(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (_gate)
        {
            if (_calls.Count == Capacity)
            {
                _calls.Dequeue();
                _dropped++;
            }

            _calls.Enqueue(call);
        }
    }

    /// <summary>Removes every call held and resets <see cref="DroppedCount"/>.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
            _dropped = 0;
        }
    }
}
