using System.ComponentModel;

namespace Toolkit.Mocking.Setups;

/// <summary>What one step of a setup does with a call.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum StepKind
{
    /// <summary>Nothing configured: behave as if the call matched no setup, except that strict mode allows it.</summary>
    Default,

    /// <summary>Return a fixed value.</summary>
    Value,

    /// <summary>Return a value computed from the arguments.</summary>
    Compute,

    /// <summary>Throw an exception.</summary>
    Throw,
}
