using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Toolkit.Validation;

/// <summary>The <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/> comparison on typed values, without boxing. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RangeCheck
{
    /// <summary>
    /// Whether <paramref name="value"/> lies within the limits, decided exactly as <c>RangeAttribute.IsValid</c> decides:
    /// <c>minimum.CompareTo(value)</c> and <c>maximum.CompareTo(value)</c>, so <c>NaN</c> sorts below every number.
    /// </summary>
    /// <typeparam name="T">The attribute's operand type (<see cref="int"/>, <see cref="double"/> or the typed form's type).</typeparam>
    /// <param name="value">The value, already converted as the attribute converts it.</param>
    /// <param name="minimum">The lower limit.</param>
    /// <param name="maximum">The upper limit.</param>
    /// <param name="minimumIsExclusive">The attribute's <c>MinimumIsExclusive</c>.</param>
    /// <param name="maximumIsExclusive">The attribute's <c>MaximumIsExclusive</c>.</param>
    /// <returns><see langword="true"/> when the value passes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Contains<T>(T value, T minimum, T maximum, bool minimumIsExclusive, bool maximumIsExclusive)
        where T : IComparable<T>
    {
        var low = minimum.CompareTo(value);
        var high = maximum.CompareTo(value);
        return (minimumIsExclusive ? low < 0 : low <= 0) && (maximumIsExclusive ? high > 0 : high >= 0);
    }
}
