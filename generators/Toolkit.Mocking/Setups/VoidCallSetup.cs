namespace Toolkit.Mocking.Setups;

/// <summary>The setup of a void member (or a property write, or an event subscription): callbacks, throws, sequences, simulation.</summary>
/// <typeparam name="TSelf">The generated setup type, returned for chaining.</typeparam>
/// <typeparam name="TAction">The callback delegate receiving the call's arguments.</typeparam>
public abstract class VoidCallSetup<TSelf, TAction> : SetupBase<TSelf, NoValue, TAction, TAction>
    where TSelf : VoidCallSetup<TSelf, TAction>
    where TAction : Delegate
{
    /// <summary>Creates a setup of operation <paramref name="operation"/>.</summary>
    /// <param name="operation">The generated operation id.</param>
    protected VoidCallSetup(int operation)
        : base(operation)
    {
    }
}
