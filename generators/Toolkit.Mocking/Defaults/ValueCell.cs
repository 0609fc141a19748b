using System.ComponentModel;

namespace Toolkit.Mocking.Defaults;

/// <summary>
/// A heap cell holding one value: what a mock's ref-returning member returns a reference to, and how a property's last
/// written value is kept (replaced atomically, so a read never sees half of a large struct).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueCell<T>
{
    /// <summary>Creates a cell holding <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public ValueCell(T value)
    {
        Value = value;
    }

    /// <summary>The value; ref-returning members hand out a reference to this field.</summary>
    public T Value;
}
