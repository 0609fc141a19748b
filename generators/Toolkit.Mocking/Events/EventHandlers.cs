using System.ComponentModel;

namespace Toolkit.Mocking.Events;

/// <summary>Thread-safe event subscription for generated mocks (the same compare-and-swap the compiler emits for field-like events).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EventHandlers
{
    /// <summary>Adds <paramref name="handler"/> to the delegate in <paramref name="field"/>.</summary>
    /// <typeparam name="T">The delegate type.</typeparam>
    /// <param name="field">The event's backing field.</param>
    /// <param name="handler">The handler to add.</param>
    public static void Add<T>(ref T? field, T? handler)
        where T : Delegate
    {
        T? current;
        do
        {
            current = Volatile.Read(ref field);
        }
        while (Interlocked.CompareExchange(ref field, (T?)Delegate.Combine(current, handler), current) != current);
    }

    /// <summary>Removes <paramref name="handler"/> from the delegate in <paramref name="field"/>.</summary>
    /// <typeparam name="T">The delegate type.</typeparam>
    /// <param name="field">The event's backing field.</param>
    /// <param name="handler">The handler to remove.</param>
    public static void Remove<T>(ref T? field, T? handler)
        where T : Delegate
    {
        T? current;
        do
        {
            current = Volatile.Read(ref field);
        }
        while (Interlocked.CompareExchange(ref field, (T?)Delegate.Remove(current, handler), current) != current);
    }
}
