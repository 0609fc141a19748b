using System.ComponentModel;
using Toolkit.Mocking.Simulation;

namespace Toolkit.Mocking.Setups;

/// <summary>
/// The part of every setup that does not depend on the member's signature: which operation it configures, whether a
/// call has used it, and the simulated latency and faults attached to it.
/// </summary>
public abstract class MemberSetup
{
    private bool _used;

    /// <summary>Creates a setup of operation <paramref name="operation"/>.</summary>
    /// <param name="operation">The generated operation id.</param>
    protected MemberSetup(int operation)
    {
        Operation = operation;
    }

    /// <summary>The generated id of the configured operation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int Operation { get; }

    /// <summary>Whether at least one call has matched this setup (<c>mock.VerifyAll()</c> checks every setup).</summary>
    public bool WasUsed => Volatile.Read(ref _used);

    /// <summary>Latency and faults attached with <c>WithLatency</c> and <c>Fails…</c>; <see langword="null"/> when none.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public SimulationRules? Simulation { get; private protected set; }

    /// <summary>Notes that a call matched. A plain write (no interlocked operation): the flag only ever becomes true.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void MarkUsed()
    {
        if (!_used)
        {
            _used = true;
        }
    }

    private protected SimulationRules GetOrCreateSimulation()
    {
        var rules = Simulation;
        if (rules is null)
        {
            rules = new SimulationRules();
            Simulation = rules;
        }

        return rules;
    }
}
