namespace Toolkit.Mocking.Defaults;

/// <summary>An async sequence with no items.</summary>
internal sealed class EmptyAsyncSequence<T> : IAsyncEnumerable<T>, IAsyncEnumerator<T>
{
    public T Current => default!;

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

    public ValueTask<bool> MoveNextAsync() => new(false);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
