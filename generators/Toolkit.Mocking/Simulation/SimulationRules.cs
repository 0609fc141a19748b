using System.ComponentModel;

namespace Toolkit.Mocking.Simulation;

/// <summary>Latency and faults attached to one setup or to a whole mock.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SimulationRules
{
    private FaultRule[] _faults = [];
    private TimeSpan _latency;

    // Read on every call of a simulated mock; kept as one field so the check is a single load.
    private volatile bool _isActive;

    internal TimeSpan Latency
    {
        get => _latency;
        set
        {
            _latency = value;
            _isActive = _latency > TimeSpan.Zero || _faults.Length > 0;
        }
    }

    internal bool IsActive => _isActive;

    internal void AddFault(FaultRule rule)
    {
        _faults = [.. _faults, rule];
        _isActive = true;
    }

    internal void ClearFaults()
    {
        _faults = [];
        _isActive = _latency > TimeSpan.Zero;
    }

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
