using System.ComponentModel;

namespace Toolkit.Mocking;

/// <summary>Latency and faults attached to one setup or to a whole mock.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SimulationRules
{
    private FaultRule[] _faults = [];

    internal TimeSpan Latency { get; set; }

    internal bool IsActive => Latency > TimeSpan.Zero || Volatile.Read(ref _faults).Length > 0;

    internal void AddFault(FaultRule rule) => _faults = [.. _faults, rule];

    internal void ClearFaults() => _faults = [];

    /// <summary>Counts the call against every fault rule and returns the first exception due, or <see langword="null"/>.</summary>
    internal Exception? NextFault()
    {
        Exception? fault = null;
        foreach (var rule in Volatile.Read(ref _faults))
        {
            // Every rule counts every call, so "every 3rd call" stays true even when another rule fired.
            fault ??= rule.Evaluate();
        }

        return fault;
    }
}
