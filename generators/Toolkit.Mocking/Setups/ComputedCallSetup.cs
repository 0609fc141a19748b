namespace Toolkit.Mocking.Setups;

/// <summary>
/// The setup of a member whose result cannot be stored (a <c>ref struct</c> or a pointer): the result is always computed.
/// </summary>
/// <typeparam name="TSelf">The generated setup type, returned for chaining.</typeparam>
/// <typeparam name="TFunc">The delegate computing a result from the call's arguments.</typeparam>
/// <typeparam name="TAction">The callback delegate receiving the call's arguments.</typeparam>
public abstract class ComputedCallSetup<TSelf, TFunc, TAction> : SetupBase<TSelf, NoValue, TFunc, TAction>
    where TSelf : ComputedCallSetup<TSelf, TFunc, TAction>
    where TFunc : Delegate
    where TAction : Delegate
{
    /// <summary>Creates a setup of operation <paramref name="operation"/>.</summary>
    /// <param name="operation">The generated operation id.</param>
    protected ComputedCallSetup(int operation)
        : base(operation)
    {
    }

    /// <summary>Returns a value computed from the call's arguments.</summary>
    /// <param name="compute">Receives the arguments, returns the result.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Returns(TFunc compute) => SetCompute(compute);
}
