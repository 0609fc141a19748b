namespace Toolkit.Mocking;

/// <summary>What a mock does when a call matches no setup.</summary>
public enum MockBehavior
{
    /// <summary>
    /// Return a harmless default (see the mocking guide: <c>default</c>, completed tasks, empty sequences, the
    /// value last set for a property). The default.
    /// </summary>
    Loose,

    /// <summary>Throw an <see cref="UnexpectedCallException"/> naming the call, its arguments and the setups that exist.</summary>
    Strict,
}
