using System.ComponentModel;

namespace Toolkit.Mocking.Defaults;

/// <summary>Cached results loose mocks return for members with no setup.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LooseDefault<T>
{
    /// <summary>A completed <c>Task&lt;T&gt;</c> holding <see langword="default"/>, shared by every mock (completed tasks are immutable).</summary>
    public static readonly Task<T> Task = System.Threading.Tasks.Task.FromResult(default(T)!);

    /// <summary>An empty <see cref="IAsyncEnumerable{T}"/>.</summary>
    public static readonly IAsyncEnumerable<T> AsyncEnumerable = new EmptyAsyncSequence<T>();

    /// <summary>An empty <see cref="IAsyncEnumerator{T}"/>.</summary>
    public static readonly IAsyncEnumerator<T> AsyncEnumerator = new EmptyAsyncSequence<T>();

    /// <summary>An empty <see cref="IEnumerator{T}"/>.</summary>
    public static readonly IEnumerator<T> Enumerator = ((IEnumerable<T>)[]).GetEnumerator();
}
