using System.Runtime.CompilerServices;

namespace Toolkit.Mocking;

/// <summary>Builds <see cref="IAsyncEnumerable{T}"/> results for setups: <c>.Returns(AsyncSequence.Of(1, 2, 3))</c>.</summary>
public static class AsyncSequence
{
    /// <summary>An async sequence yielding <paramref name="items"/> in order; it can be enumerated any number of times.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The sequence.</returns>
    public static IAsyncEnumerable<T> Of<T>(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Enumerate((T[])items.Clone());
    }

    /// <summary>An async sequence over <paramref name="items"/>, enumerated lazily each time.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The sequence.</returns>
    public static IAsyncEnumerable<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Enumerate(items);
    }

    private static async IAsyncEnumerable<T> Enumerate<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }
}
