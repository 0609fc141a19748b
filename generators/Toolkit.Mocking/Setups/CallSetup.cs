namespace Toolkit.Mocking.Setups;

/// <summary>The setup of a member that returns a value: adds <see cref="Returns(TResult)"/> to the shared configuration.</summary>
/// <typeparam name="TSelf">The generated setup type, returned for chaining.</typeparam>
/// <typeparam name="TResult">The member's result type.</typeparam>
/// <typeparam name="TFunc">The delegate computing a result from the call's arguments.</typeparam>
/// <typeparam name="TAction">The callback delegate receiving the call's arguments.</typeparam>
public abstract class CallSetup<TSelf, TResult, TFunc, TAction> : SetupBase<TSelf, TResult, TFunc, TAction>
    where TSelf : CallSetup<TSelf, TResult, TFunc, TAction>
    where TFunc : Delegate
    where TAction : Delegate
{
    /// <summary>Creates a setup of operation <paramref name="operation"/>.</summary>
    /// <param name="operation">The generated operation id.</param>
    protected CallSetup(int operation)
        : base(operation)
    {
    }

    /// <summary>Returns <paramref name="value"/>. For a <c>ref</c> return, each call gets a reference to its own copy.</summary>
    /// <param name="value">The result.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Returns(TResult value) => SetValue(value);

    /// <summary>Returns a value computed from the call's arguments.</summary>
    /// <param name="compute">Receives the arguments, returns the result.</param>
    /// <returns>This setup, for chaining.</returns>
    public TSelf Returns(TFunc compute) => SetCompute(compute);
}
