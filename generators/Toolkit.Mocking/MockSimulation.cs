using Toolkit.Mocking.Simulation;

namespace Toolkit.Mocking;

/// <summary>
/// Latency and fault injection for every member of a mock: <c>mock.Simulation.Latency = TimeSpan.FromMilliseconds(50)</c>,
/// <c>mock.Simulation.FailEvery(3, () =&gt; new IOException())</c>. For one member, configure the setup instead
/// (<c>mock.Setup.RunAsync().WithLatency(…)</c>). Latency waits on <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Members returning <c>Task</c>, <c>ValueTask</c> or <c>IAsyncEnumerable</c> return at once with a task that completes after the
/// latency (cancelled by the call's <c>CancellationToken</c>, if it has one), and faults arrive as faulted tasks. Other members
/// block for the latency, except on a <see cref="ManualTimeProvider"/>, which is advanced by the latency instead (a blocked
/// test thread could never advance it), and throw faults directly.
/// </remarks>
public sealed class MockSimulation
{
    private readonly SimulationRules _rules = new();
    private TimeProvider _timeProvider;

    internal MockSimulation(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    /// <summary>The clock latency is measured on.</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Latency added to every call of every member (zero, the default, for none).</summary>
    public TimeSpan Latency
    {
        get => _rules.Latency;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            _rules.Latency = value;
        }
    }

    internal SimulationRules Rules => _rules;

    internal static Func<Exception> Always(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return () => exception;
    }

    /// <summary>Fails the <paramref name="callNumber"/>-th call to the mock (any member, 1-based).</summary>
    /// <param name="callNumber">Which call fails.</param>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This simulation, for chaining.</returns>
    public MockSimulation FailOnCall(int callNumber, Func<Exception> exceptionFactory)
    {
        _rules.AddFault(FaultRule.OnCall(callNumber, exceptionFactory));
        return this;
    }

    /// <summary>Fails every <paramref name="interval"/>-th call to the mock.</summary>
    /// <param name="interval">2 fails calls 2, 4, 6…</param>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This simulation, for chaining.</returns>
    public MockSimulation FailEvery(int interval, Func<Exception> exceptionFactory)
    {
        _rules.AddFault(FaultRule.Every(interval, exceptionFactory));
        return this;
    }

    /// <summary>Fails each call with probability <paramref name="probability"/>, drawn from a generator seeded with <paramref name="seed"/>.</summary>
    /// <param name="probability">Between 0 and 1.</param>
    /// <param name="seed">The same seed gives the same failures for the same sequence of calls.</param>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This simulation, for chaining.</returns>
    public MockSimulation FailRandomly(double probability, int seed, Func<Exception> exceptionFactory)
    {
        _rules.AddFault(FaultRule.Randomly(probability, seed, exceptionFactory));
        return this;
    }

    /// <summary>Fails the <paramref name="callNumber"/>-th call to the mock with <paramref name="exception"/>.</summary>
    /// <param name="callNumber">Which call fails, counting from 1.</param>
    /// <param name="exception">The exception to throw (the same instance each time).</param>
    /// <returns>This simulation, for chaining.</returns>
    public MockSimulation FailOnCall(int callNumber, Exception exception) => FailOnCall(callNumber, Always(exception));

    /// <summary>Fails every <paramref name="interval"/>-th call to the mock with <paramref name="exception"/>.</summary>
    /// <param name="interval">2 fails calls 2, 4, 6…</param>
    /// <param name="exception">The exception to throw (the same instance each time).</param>
    /// <returns>This simulation, for chaining.</returns>
    public MockSimulation FailEvery(int interval, Exception exception) => FailEvery(interval, Always(exception));

    /// <summary>Fails each call with probability <paramref name="probability"/> (seeded) with <paramref name="exception"/>.</summary>
    /// <param name="probability">Between 0 and 1.</param>
    /// <param name="seed">The same seed gives the same failures for the same sequence of calls.</param>
    /// <param name="exception">The exception to throw (the same instance each time).</param>
    /// <returns>This simulation, for chaining.</returns>
    public MockSimulation FailRandomly(double probability, int seed, Exception exception) => FailRandomly(probability, seed, Always(exception));

    /// <summary>Removes latency and every fault rule.</summary>
    public void Clear()
    {
        _rules.Latency = TimeSpan.Zero;
        _rules.ClearFaults();
    }
}
