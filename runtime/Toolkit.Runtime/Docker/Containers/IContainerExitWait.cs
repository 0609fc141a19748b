namespace Toolkit.Docker.Containers;

/// <summary>
/// A wait the engine has already registered (see <see cref="IContainerDriver.BeginWaitAsync"/>). Await
/// <see cref="WaitAsync"/> for the exit; dispose it to abandon the wait.
/// </summary>
public interface IContainerExitWait : IAsyncDisposable
{
    /// <summary>The container id or name being waited for.</summary>
    string Container { get; }

    /// <summary>Waits for the condition the wait was registered with.</summary>
    /// <param name="timeout">How long to wait; <see langword="null"/> waits until <paramref name="cancellationToken"/> is cancelled.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="Toolkit.Errors.DriverTimeoutException">The container did not exit within <paramref name="timeout"/>.</exception>
    Task<ContainerExit> WaitAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default);
}
