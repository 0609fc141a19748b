using System.ComponentModel;

namespace Toolkit.Mocking.Setups;

/// <summary>
/// One behaviour of a setup: what to return, compute or throw, which callback to run, which <c>out</c>/<c>ref</c> values
/// to assign. Immutable, so calls on other threads always see a consistent step while the test reconfigures.
/// Generated mocks read its fields.
/// </summary>
/// <typeparam name="TResult">The member's result type (<see cref="NoValue"/> for void).</typeparam>
/// <typeparam name="TFunc">The delegate that computes a result from the arguments.</typeparam>
/// <typeparam name="TAction">The callback delegate.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SetupStep<TResult, TFunc, TAction>
    where TFunc : Delegate
    where TAction : Delegate
{
    /// <summary>A step with nothing configured.</summary>
    public static readonly SetupStep<TResult, TFunc, TAction> Empty = new(StepKind.Default, default!, null, null, null, null);

    private SetupStep(StepKind kind, TResult value, TFunc? compute, Func<Exception>? exception, TAction? callback, object? outputs)
    {
        Kind = kind;
        Value = value;
        Compute = compute;
        Exception = exception;
        Callback = callback;
        Outputs = outputs;
    }

    /// <summary>What the step does.</summary>
    public readonly StepKind Kind;

    /// <summary>The fixed result, for <see cref="StepKind.Value"/>.</summary>
    public readonly TResult Value;

    /// <summary>Computes the result, for <see cref="StepKind.Compute"/>.</summary>
    public readonly TFunc? Compute;

    /// <summary>Creates the exception to throw, for <see cref="StepKind.Throw"/>.</summary>
    public readonly Func<Exception>? Exception;

    /// <summary>Runs before the result is produced, whatever the kind.</summary>
    public readonly TAction? Callback;

    /// <summary>Values for <c>out</c> and <c>ref</c> parameters, as a boxed value tuple, or <see langword="null"/>.</summary>
    public readonly object? Outputs;

    /// <summary>The exception to throw for a <see cref="StepKind.Throw"/> step.</summary>
    /// <returns>A new or configured exception.</returns>
    public Exception CreateException() => Exception!();

    internal SetupStep<TResult, TFunc, TAction> WithValue(TResult value) => new(StepKind.Value, value, null, null, Callback, Outputs);

    internal SetupStep<TResult, TFunc, TAction> WithCompute(TFunc compute) => new(StepKind.Compute, default!, compute, null, Callback, Outputs);

    internal SetupStep<TResult, TFunc, TAction> WithException(Func<Exception> exception) => new(StepKind.Throw, default!, null, exception, Callback, Outputs);

    internal SetupStep<TResult, TFunc, TAction> WithDefault() => new(StepKind.Default, default!, null, null, Callback, Outputs);

    internal SetupStep<TResult, TFunc, TAction> WithCallback(TAction? callback) => new(Kind, Value, Compute, Exception, callback, Outputs);

    internal SetupStep<TResult, TFunc, TAction> WithOutputs(object outputs) => new(Kind, Value, Compute, Exception, Callback, outputs);
}
