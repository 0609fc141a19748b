using System.ComponentModel;

namespace Toolkit.Mocking.Defaults;

/// <summary>The values a mock's indexer was given, by index, so that reading returns what was written.</summary>
/// <typeparam name="TKey">The index (a value tuple of the indexer's parameters).</typeparam>
/// <typeparam name="TValue">The indexer's type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RememberedValues<TKey, TValue>
    where TKey : struct
{
    private readonly Dictionary<TKey, TValue> _values = [];

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/>.</summary>
    /// <param name="key">The index.</param>
    /// <param name="value">The value written.</param>
    public void Set(TKey key, TValue value)
    {
        lock (_values)
        {
            _values[key] = value;
        }
    }

    /// <summary>The value last written for <paramref name="key"/>, if any.</summary>
    /// <param name="key">The index.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether a value was written for the index.</returns>
    public bool TryGet(TKey key, out TValue value)
    {
        lock (_values)
        {
            return _values.TryGetValue(key, out value!);
        }
    }
}
