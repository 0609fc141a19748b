using System.ComponentModel;
using System.Runtime.CompilerServices;
using Toolkit.Mocking.Simulation;

namespace Toolkit.Mocking.Setups;

/// <summary>
/// The fluent configuration shared by every setup a generated mock offers (<see cref="CallSetup{TSelf, TResult, TFunc, TAction}"/>
/// for members with a result, <see cref="VoidCallSetup{TSelf, TAction}"/> for void members). A setup is a list of steps: each call that
/// matches uses the next step, and the last step repeats, so <c>.Returns(1).Then().Returns(2)</c> answers 1, then 2
/// forever. Without <see cref="Then"/>, configuring again replaces the current step's behaviour.
/// </summary>
/// <remarks>
/// Steps are immutable and published atomically, so calls on other threads always see either the old or the new
/// behaviour, never a mix. Configure one setup from one thread at a time.
/// </remarks>
/// <typeparam name="TSelf">The generated setup type, returned for chaining.</typeparam>
/// <typeparam name="TResult">The member's result type (<see cref="NoValue"/> for void).</typeparam>
/// <typeparam name="TFunc">The delegate computing a result from the call's arguments.</typeparam>
/// <typeparam name="TAction">The callback delegate receiving the call's arguments.</typeparam>
public abstract class SetupBase<TSelf, TResult, TFunc, TAction> : MemberSetup
    where TSelf : SetupBase<TSelf, TResult, TFunc, TAction>
    where TFunc : Delegate
    where TAction : Delegate
{
    // The current (last) step; earlier steps of a sequence, if any, in _earlier.
    private SetupStep<TResult, TFunc, TAction> _current = SetupStep<TResult, TFunc, TAction>.Empty;
    private SetupStep<TResult, TFunc, TAction>[]? _earlier;
    private int _cursor;

    /// <summary>Creates a setup of operation <paramref name="operation"/>.</summary>
    /// <param name="operation">The generated operation id.</param>
    private protected SetupBase(int operation)
        : base(operation)
    {
    }

    /// <summary>Throws <paramref name="exception"/> (the same instance each time).</summary>
    /// <param name="exception">The exception to throw.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Throws(Exception exception) => Publish(_current.WithException(MockSimulation.Always(exception)));

    /// <summary>Throws a new exception from <paramref name="exceptionFactory"/> on each call.</summary>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Throws(Func<Exception> exceptionFactory)
    {
        ArgumentNullException.ThrowIfNull(exceptionFactory);
        return Publish(_current.WithException(exceptionFactory));
    }

    /// <summary>Throws a new <typeparamref name="TException"/> on each call.</summary>
    /// <typeparam name="TException">The exception type.</typeparam>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Throws<TException>()
        where TException : Exception, new()
        => Publish(_current.WithException(static () => new TException()));

    /// <summary>Runs <paramref name="callback"/> with the call's arguments before the result is produced.</summary>
    /// <param name="callback">The callback.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Callback(TAction callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Publish(_current.WithCallback(callback));
    }

    /// <summary>
    /// Hands the call on as if no setup matched, but allowed in strict mode: to the fallback instance, the interface's
    /// default implementation, or the loose default. Useful together with <see cref="Callback"/> or simulated latency.
    /// </summary>
    /// <returns>This setup, for chaining.</returns>
    public TSelf CallsBase() => Publish(_current.WithDefault());

    /// <summary>Starts the next step: the configuration that follows applies from the next matching call on.</summary>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Then()
    {
        var earlier = _earlier;
        _earlier = earlier is null ? [_current] : [.. earlier, _current];
        _current = SetupStep<TResult, TFunc, TAction>.Empty;
        return Unsafe.As<TSelf>(this);
    }

    /// <summary>Delays matching calls by <paramref name="latency"/> on the mock's <see cref="MockSimulation.TimeProvider"/>.</summary>
    /// <param name="latency">The simulated latency.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf WithLatency(TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        GetOrCreateSimulation().Latency = latency;
        return Unsafe.As<TSelf>(this);
    }

    /// <summary>Fails the <paramref name="callNumber"/>-th matching call (1-based) with an exception from <paramref name="exceptionFactory"/>.</summary>
    /// <param name="callNumber">Which call fails, counting from 1.</param>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf FailsOnCall(int callNumber, Func<Exception> exceptionFactory)
    {
        GetOrCreateSimulation().AddFault(FaultRule.OnCall(callNumber, exceptionFactory));
        return Unsafe.As<TSelf>(this);
    }

    /// <summary>Fails every <paramref name="interval"/>-th matching call with an exception from <paramref name="exceptionFactory"/>.</summary>
    /// <param name="interval">2 fails calls 2, 4, 6…</param>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf FailsEvery(int interval, Func<Exception> exceptionFactory)
    {
        GetOrCreateSimulation().AddFault(FaultRule.Every(interval, exceptionFactory));
        return Unsafe.As<TSelf>(this);
    }

    /// <summary>Fails each matching call with probability <paramref name="probability"/>, drawn from a generator seeded with <paramref name="seed"/>.</summary>
    /// <param name="probability">Between 0 and 1.</param>
    /// <param name="seed">The seed; the same seed gives the same failures for the same sequence of calls.</param>
    /// <param name="exceptionFactory">Creates the exception.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf FailsRandomly(double probability, int seed, Func<Exception> exceptionFactory)
    {
        GetOrCreateSimulation().AddFault(FaultRule.Randomly(probability, seed, exceptionFactory));
        return Unsafe.As<TSelf>(this);
    }

    /// <summary>Fails the <paramref name="callNumber"/>-th matching call (1-based) with <paramref name="exception"/>.</summary>
    /// <param name="callNumber">Which call fails, counting from 1.</param>
    /// <param name="exception">The exception to throw (the same instance each time).</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf FailsOnCall(int callNumber, Exception exception) => FailsOnCall(callNumber, MockSimulation.Always(exception));

    /// <summary>Fails every <paramref name="interval"/>-th matching call with <paramref name="exception"/>.</summary>
    /// <param name="interval">2 fails calls 2, 4, 6…</param>
    /// <param name="exception">The exception to throw (the same instance each time).</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf FailsEvery(int interval, Exception exception) => FailsEvery(interval, MockSimulation.Always(exception));

    /// <summary>Fails each matching call with probability <paramref name="probability"/> (seeded) with <paramref name="exception"/>.</summary>
    /// <param name="probability">Between 0 and 1.</param>
    /// <param name="seed">The same seed gives the same failures for the same sequence of calls.</param>
    /// <param name="exception">The exception to throw (the same instance each time).</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf FailsRandomly(double probability, int seed, Exception exception) => FailsRandomly(probability, seed, MockSimulation.Always(exception));

    /// <summary>The step for the current call: the next one in sequence, the last one repeating. Called by generated mocks.</summary>
    /// <returns>The step to apply.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SetupStep<TResult, TFunc, TAction> NextStep()
    {
        var earlier = _earlier;
        return earlier is null ? _current : NextInSequence(earlier);
    }

    /// <summary>Makes the current step return <paramref name="value"/>.</summary>
    /// <param name="value">The result.</param>
    /// <returns>This setup, for chaining.</returns>
    protected TSelf SetValue(TResult value) => Publish(_current.WithValue(value));

    /// <summary>Makes the current step compute its result with <paramref name="compute"/>.</summary>
    /// <param name="compute">Computes the result from the arguments.</param>
    /// <returns>This setup, for chaining.</returns>
    protected TSelf SetCompute(TFunc compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return Publish(_current.WithCompute(compute));
    }

    /// <summary>Makes the current step assign <c>out</c>/<c>ref</c> parameters from <paramref name="outputs"/> (a boxed value tuple).</summary>
    /// <param name="outputs">The values, boxed.</param>
    /// <returns>This setup, for chaining.</returns>
    protected TSelf SetOutputs(object outputs) => Publish(_current.WithOutputs(outputs));

    private SetupStep<TResult, TFunc, TAction> NextInSequence(SetupStep<TResult, TFunc, TAction>[] earlier)
    {
        var index = Interlocked.Increment(ref _cursor) - 1;
        return index < earlier.Length ? earlier[index] : _current;
    }

    private TSelf Publish(SetupStep<TResult, TFunc, TAction> step)
    {
        Volatile.Write(ref _current, step);
        return Unsafe.As<TSelf>(this);
    }
}
