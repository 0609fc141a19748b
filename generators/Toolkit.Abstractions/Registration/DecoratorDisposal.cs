using System.ComponentModel;

namespace Toolkit.Registration;

/// <summary>
/// How generated decorators pass disposal to the instance they wrap. A decorator owns its inner instance: the
/// container disposes only the outermost object of a registered chain, and that disposal must reach the
/// implementation with the same semantics the container would have applied to it directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DecoratorDisposal
{
    /// <summary>
    /// Disposes <paramref name="inner"/> synchronously: <see cref="IDisposable.Dispose"/> when it has it. Like the
    /// Microsoft DI container, an instance that is only <see cref="IAsyncDisposable"/> cannot be disposed this way.
    /// </summary>
    /// <param name="inner">The wrapped instance.</param>
    /// <exception cref="InvalidOperationException"><paramref name="inner"/> implements only <see cref="IAsyncDisposable"/>.</exception>
    public static void Dispose(object? inner)
    {
        switch (inner)
        {
            case IDisposable disposable:
                disposable.Dispose();
                break;
            case IAsyncDisposable:
                throw new InvalidOperationException(
                    $"'{inner.GetType().FullName}' only implements IAsyncDisposable. Dispose it (or the container or scope that owns it) with DisposeAsync.");
        }
    }

    /// <summary>
    /// Disposes <paramref name="inner"/> asynchronously: <see cref="IAsyncDisposable.DisposeAsync"/> when it has it,
    /// otherwise <see cref="IDisposable.Dispose"/>.
    /// </summary>
    /// <param name="inner">The wrapped instance.</param>
    /// <returns>A task that completes when the instance is disposed.</returns>
    public static ValueTask DisposeAsync(object? inner)
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                return asyncDisposable.DisposeAsync();
            case IDisposable disposable:
                disposable.Dispose();
                return ValueTask.CompletedTask;
            default:
                return ValueTask.CompletedTask;
        }
    }
}
