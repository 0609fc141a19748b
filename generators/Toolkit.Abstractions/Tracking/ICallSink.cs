namespace Toolkit.Tracking;

/// <summary>
/// Receives one <see cref="CallRecord"/> per call made through a tracking decorator, after the call ends.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: decorators call <see cref="Record"/> from whatever thread the call
/// finished on. An exception thrown by a sink is swallowed, so tracking never changes the outcome of a driver
/// call. Use <see cref="InMemoryCallSink"/> in tests and tooling.
/// </remarks>
public interface ICallSink
{
    /// <summary>Records a finished call.</summary>
    /// <param name="call">The call; never <see langword="null"/>.</param>
    void Record(CallRecord call);
}
