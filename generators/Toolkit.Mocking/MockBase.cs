using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Toolkit.Mocking.Recording;
using Toolkit.Mocking.Setups;

namespace Toolkit.Mocking;

/// <summary>
/// The base of every generated mock: the call journal, loose/strict behaviour, verification of the mock as a whole,
/// and simulation. The generated subclass adds the typed surface: <c>Setup</c>, <c>Verify</c>, <c>Raise</c>,
/// <c>Object</c> and <c>Fallback</c>, and implements the interface explicitly so that its members never clash with these.
/// </summary>
/// <typeparam name="TArguments">The generated struct that holds one call's arguments.</typeparam>
public abstract class MockBase<TArguments>
    where TArguments : struct
{
    private const int MaxListedCalls = 50;

    private readonly MockMemberInfo[] _operations;
    private readonly string _name;
    private readonly MockSequence? _sequence;
    private readonly TimeProvider? _timeProvider;
    private CallJournal<TArguments> _journal;
    private JournalEntry<TArguments>[]? _discarded;
    private MockSimulation? _simulation;
    private bool _recordCalls;
    private MockBehavior _behavior;

    /// <summary>Creates the shared state of a generated mock.</summary>
    /// <param name="options">Behaviour and recording options, or <see langword="null"/> for the defaults.</param>
    /// <param name="name">The mock's name for messages, e.g. <c>ShellDriverMock</c>.</param>
    /// <param name="operations">Every operation the mock records, indexed by operation id.</param>
    protected MockBase(MockOptions? options, string name, MockMemberInfo[] operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(operations.Length, JournalEntry<TArguments>.MaxOperation + 1);
        _operations = operations;
        _name = name;
        _behavior = options?.Behavior ?? MockBehavior.Loose;
        _recordCalls = options?.RecordCalls ?? true;
        _sequence = options?.Sequence;
        _timeProvider = options?.TimeProvider;
    }

    /// <summary>What happens on a call with no matching setup: <see cref="MockBehavior.Loose"/> or <see cref="MockBehavior.Strict"/>.</summary>
    public MockBehavior Behavior
    {
        get => _behavior;
        set => _behavior = value;
    }

    /// <summary>Whether calls are recorded (default <see langword="true"/>). Verification needs recorded calls.</summary>
    public bool RecordCalls
    {
        get => Volatile.Read(ref _recordCalls);
        set => Volatile.Write(ref _recordCalls, value);
    }

    /// <summary>Latency and fault injection for every member of this mock.</summary>
    public MockSimulation Simulation
    {
        get
        {
            var simulation = Volatile.Read(ref _simulation);
            if (simulation is null)
            {
                simulation = new MockSimulation(_timeProvider ?? TimeProvider.System);
                simulation = Interlocked.CompareExchange(ref _simulation, simulation, null) ?? simulation;
            }

            return simulation;
        }
    }

    /// <summary>Every recorded call, in order (a snapshot).</summary>
    public IReadOnlyList<MockCall> Calls
    {
        get
        {
            var count = _journal.Count;
            var calls = new List<MockCall>(count);
            for (var i = 0; i < count; i++)
            {
                ref var entry = ref _journal.Get(i);
                calls.Add(ToMockCall(ref entry, i));
            }

            return calls;
        }
    }

    /// <summary>Whether this mock throws on calls with no setup.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool IsStrict => _behavior == MockBehavior.Strict;

    internal string Name => _name;

    internal object OrderSource => (object?)_sequence ?? this;

    /// <summary>
    /// Forgets every recorded call in O(1); setups stay. The journal's memory is kept for reuse, so recorded arguments stay
    /// referenced until later calls overwrite them; <see cref="Reset"/> releases them.
    /// </summary>
    public void ClearCalls() => _journal.Clear(releaseReferences: false);

    /// <summary>Removes every setup, remembered property value, recorded call and simulation rule.</summary>
    public void Reset()
    {
        ResetState();
        _journal.Clear(releaseReferences: true);
        Volatile.Read(ref _simulation)?.Clear();
    }

    /// <summary>
    /// Asserts that every recorded call was matched by an earlier verification (<c>mock.Verify.X(…).Once()</c> and the like).
    /// </summary>
    public void VerifyNoOtherCalls()
    {
        ref var journal = ref RequireJournalForVerification();
        var unverified = new List<string>();
        var count = journal.Count;
        for (var i = 0; i < count; i++)
        {
            ref var entry = ref journal.Get(i);
            if (!entry.Verified)
            {
                unverified.Add(DescribeEntry(ref entry, i));
            }
        }

        if (unverified.Count > 0)
        {
            throw new MockVerificationException(
                "Expected no calls to " + _name + " other than the verified ones, but " + unverified.Count.ToString(CultureInfo.InvariantCulture)
                + " were not verified:\n  " + string.Join("\n  ", unverified.Take(MaxListedCalls)) + "\n" + DescribeCalls());
        }
    }

    /// <summary>Asserts that every setup was used by at least one call.</summary>
    public void VerifyAll()
    {
        var unused = new List<string>();
        for (var operation = 0; operation < _operations.Length; operation++)
        {
            foreach (var setup in GetSetups(operation) ?? [])
            {
                if (!setup.WasUsed)
                {
                    unused.Add(setup.ToString() ?? _operations[operation].Name);
                }
            }
        }

        if (unused.Count > 0)
        {
            throw new MockVerificationException(
                "Expected every setup of " + _name + " to be used, but these were not:\n  " + string.Join("\n  ", unused) + "\n" + DescribeCalls());
        }
    }

    /// <summary>The mock's name.</summary>
    /// <returns>For example <c>ShellDriverMock</c>.</returns>
    public override string ToString() => _name;

    /// <summary>
    /// Reserves the journal entry for a call: <c>journal[slot]</c>. Write its arguments, then call <see cref="EndCall"/>.
    /// </summary>
    /// <param name="slot">The entry's position in the returned array.</param>
    /// <returns>The array holding the entry (a throwaway one when recording is off).</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected JournalEntry<TArguments>[] BeginCall(out int slot)
    {
        if (!_recordCalls)
        {
            slot = 0;
            return _discarded ??= new JournalEntry<TArguments>[1];
        }

        var journal = _journal.Reserve(out slot);
        if (_sequence is not null)
        {
            // Without a shared sequence a call's order is its position in the journal, so nothing is stored.
            journal[slot].Order = _sequence.Next();
        }

        return journal;
    }

    /// <summary>Publishes a call written after <see cref="BeginCall"/>.</summary>
    /// <param name="journal">The array <see cref="BeginCall"/> returned.</param>
    /// <param name="slot">The entry's position.</param>
    /// <param name="operation">The operation id.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void EndCall(JournalEntry<TArguments>[] journal, int slot, int operation)
        => Volatile.Write(ref journal[slot].Stamp, JournalEntry<TArguments>.CreateStamp(operation, _journal.Generation));

    /// <summary>Whether latency or faults apply to a call that matched <paramref name="setup"/> (or none).</summary>
    /// <param name="setup">The matching setup, if any.</param>
    /// <returns><see langword="true"/> when the call must go through simulation.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool IsSimulating(MemberSetup? setup)
        => (_simulation is { } simulation && simulation.Rules.IsActive) || setup?.Simulation is not null;

    /// <summary>Applies latency (blocking, or advancing a <see cref="ManualTimeProvider"/>) and throws a due fault.</summary>
    /// <param name="setup">The matching setup, if any.</param>
    /// <param name="cancellationToken">The call's token, if it has one.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void Simulate(MemberSetup? setup, CancellationToken cancellationToken)
    {
        var (latency, fault) = Plan(setup);
        if (latency > TimeSpan.Zero)
        {
            var clock = Simulation.TimeProvider;
            if (clock is ManualTimeProvider manual)
            {
                manual.Advance(latency);
            }
            else if (ReferenceEquals(clock, TimeProvider.System))
            {
                if (cancellationToken.CanBeCanceled)
                {
                    cancellationToken.WaitHandle.WaitOne(latency);
                    cancellationToken.ThrowIfCancellationRequested();
                }
                else
                {
                    Thread.Sleep(latency);
                }
            }
            else
            {
                Task.Delay(latency, clock, cancellationToken).GetAwaiter().GetResult();
            }
        }

        if (fault is not null)
        {
            throw fault;
        }
    }

    /// <summary>Runs <paramref name="invoke"/> after simulated latency, or returns a faulted task when a fault is due.</summary>
    /// <param name="setup">The matching setup, if any.</param>
    /// <param name="cancellationToken">The call's token, if it has one.</param>
    /// <param name="invoke">Produces the call's real result.</param>
    /// <returns>The delayed result.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async Task SimulateTask(MemberSetup? setup, CancellationToken cancellationToken, Func<Task> invoke)
    {
        var fault = await WaitAsync(setup, cancellationToken).ConfigureAwait(false);
        if (fault is not null)
        {
            throw fault;
        }

        await invoke().ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="invoke"/> after simulated latency, or returns a faulted task when a fault is due.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="setup">The matching setup, if any.</param>
    /// <param name="cancellationToken">The call's token, if it has one.</param>
    /// <param name="invoke">Produces the call's real result.</param>
    /// <returns>The delayed result.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async Task<T> SimulateTaskOf<T>(MemberSetup? setup, CancellationToken cancellationToken, Func<Task<T>> invoke)
    {
        var fault = await WaitAsync(setup, cancellationToken).ConfigureAwait(false);
        if (fault is not null)
        {
            throw fault;
        }

        return await invoke().ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="invoke"/> after simulated latency, or returns a faulted task when a fault is due.</summary>
    /// <param name="setup">The matching setup, if any.</param>
    /// <param name="cancellationToken">The call's token, if it has one.</param>
    /// <param name="invoke">Produces the call's real result.</param>
    /// <returns>The delayed result.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask SimulateValueTask(MemberSetup? setup, CancellationToken cancellationToken, Func<ValueTask> invoke)
        => new(SimulateTask(setup, cancellationToken, () => invoke().AsTask()));

    /// <summary>Runs <paramref name="invoke"/> after simulated latency, or returns a faulted task when a fault is due.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="setup">The matching setup, if any.</param>
    /// <param name="cancellationToken">The call's token, if it has one.</param>
    /// <param name="invoke">Produces the call's real result.</param>
    /// <returns>The delayed result.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask<T> SimulateValueTaskOf<T>(MemberSetup? setup, CancellationToken cancellationToken, Func<ValueTask<T>> invoke)
        => new(SimulateTaskOf(setup, cancellationToken, () => invoke().AsTask()));

    /// <summary>Delays the first item of the sequence by the simulated latency, or fails it when a fault is due.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="setup">The matching setup, if any.</param>
    /// <param name="cancellationToken">The call's token, if it has one.</param>
    /// <param name="invoke">Produces the call's real result.</param>
    /// <returns>The delayed sequence.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected IAsyncEnumerable<T> SimulateAsyncEnumerable<T>(MemberSetup? setup, CancellationToken cancellationToken, Func<IAsyncEnumerable<T>> invoke)
        => SimulatedSequence(setup, cancellationToken, invoke);

    /// <summary>Creates the exception a strict mock throws for a call with no matching setup.</summary>
    /// <param name="operation">The operation id.</param>
    /// <param name="arguments">The call's arguments.</param>
    /// <returns>The exception to throw.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected UnexpectedCallException UnexpectedCall(int operation, params object?[] arguments)
    {
        var member = _operations[operation];
        var call = member.Format(arguments.Select((a, i) => member.FormatArgument(i, a)).ToList());
        var message = new StringBuilder();
        message.Append(_name).Append(" (strict) received an unexpected call: ").Append(call).Append(".\n");
        var own = GetSetups(operation) ?? [];
        message.Append(own.Length == 0
            ? "There is no setup for " + member.Signature + ".\n"
            : "Setups for " + member.Signature + " (none matched):\n  " + string.Join("\n  ", own.Select(s => s.ToString())) + "\n");
        var others = Enumerable.Range(0, _operations.Length).Where(o => o != operation).SelectMany(o => GetSetups(o) ?? []).ToList();
        if (others.Count > 0)
        {
            message.Append("Other setups:\n  ").Append(string.Join("\n  ", others.Select(s => s.ToString()))).Append('\n');
        }

        message.Append("Add a matching setup with mock.Setup, or use MockBehavior.Loose.");
        return new UnexpectedCallException(message.ToString(), call);
    }

    /// <summary>The calls matching <paramref name="matcher"/>, for the generated <c>Verify</c> surface.</summary>
    /// <typeparam name="TMatcher">The generated setup type, used as the matcher.</typeparam>
    /// <typeparam name="TCall">The generated typed call.</typeparam>
    /// <param name="matcher">The expected call.</param>
    /// <param name="reader">Builds a typed call from a recorded one.</param>
    /// <returns>The verification.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Verification<TCall> VerifyCalls<TMatcher, TCall>(TMatcher matcher, CallReader<TArguments, TCall> reader)
        where TMatcher : ICallMatcher<TArguments>
        => new JournalVerification<TArguments, TMatcher, TCall>(this, matcher, reader);

    /// <summary>The recorded arguments of one call, boxed, for messages and <see cref="Calls"/>.</summary>
    /// <param name="operation">The operation id.</param>
    /// <param name="arguments">The recorded arguments.</param>
    /// <returns>The arguments in parameter order (the value last for setters and events).</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract object?[] GetArguments(int operation, in TArguments arguments);

    /// <summary>The setups of one operation, newest last, or <see langword="null"/>.</summary>
    /// <param name="operation">The operation id.</param>
    /// <returns>The setups.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract MemberSetup[]? GetSetups(int operation);

    /// <summary>Drops every setup and remembered property value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract void ResetState();

    internal ref CallJournal<TArguments> RequireJournalForVerification()
    {
        if (!RecordCalls && _journal.Count == 0)
        {
            throw new InvalidOperationException(_name + " does not record calls (RecordCalls is false), so calls cannot be verified.");
        }

        return ref _journal;
    }

    /// <summary>The call's order: its journal position, or the shared sequence's number.</summary>
    internal long OrderOf(ref JournalEntry<TArguments> entry, int index) => _sequence is null ? index : entry.Order;

    internal string DescribeEntry(ref JournalEntry<TArguments> entry, int index)
        => "#" + (OrderOf(ref entry, index) + (_sequence is null ? 1 : 0)).ToString(CultureInfo.InvariantCulture) + " " + ToMockCall(ref entry, index);

    internal string DescribeCalls()
    {
        var count = _journal.Count;
        if (count == 0)
        {
            return "No calls to " + _name + " were recorded.";
        }

        var builder = new StringBuilder();
        builder.Append("Calls to ").Append(_name).Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append("):");
        for (var i = 0; i < Math.Min(count, MaxListedCalls); i++)
        {
            ref var entry = ref _journal.Get(i);
            builder.Append("\n  ").Append(DescribeEntry(ref entry, i));
        }

        if (count > MaxListedCalls)
        {
            builder.Append("\n  … and ").Append((count - MaxListedCalls).ToString(CultureInfo.InvariantCulture)).Append(" more");
        }

        return builder.ToString();
    }

    private MockCall ToMockCall(ref JournalEntry<TArguments> entry, int index)
    {
        var operation = entry.Operation;
        return new MockCall(_operations[operation], OrderOf(ref entry, index), GetArguments(operation, in entry.Arguments));
    }

    private (TimeSpan Latency, Exception? Fault) Plan(MemberSetup? setup)
    {
        var mockRules = Volatile.Read(ref _simulation)?.Rules;
        var setupRules = setup?.Simulation;
        var latency = (mockRules?.Latency ?? TimeSpan.Zero) + (setupRules?.Latency ?? TimeSpan.Zero);
        var mockFault = mockRules?.NextFault();
        var setupFault = setupRules?.NextFault();
        return (latency, mockFault ?? setupFault);
    }

    private async Task<Exception?> WaitAsync(MemberSetup? setup, CancellationToken cancellationToken)
    {
        var (latency, fault) = Plan(setup);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, Simulation.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        return fault;
    }

    private async IAsyncEnumerable<T> SimulatedSequence<T>(MemberSetup? setup, [EnumeratorCancellation] CancellationToken cancellationToken, Func<IAsyncEnumerable<T>> invoke)
    {
        var fault = await WaitAsync(setup, cancellationToken).ConfigureAwait(false);
        if (fault is not null)
        {
            throw fault;
        }

        await foreach (var item in invoke().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
