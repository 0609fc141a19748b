using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation;

/// <summary>
/// The limits of one <c>[Range(typeof(T), "min", "max")]</c> attribute as typed values, so generated code compares
/// without boxing. For generated code.
/// </summary>
/// <remarks>
/// The limits are parsed by the attribute itself, on the first check (of a value or of <see langword="null"/>) and with
/// the culture current then, exactly when and how <see cref="RangeAttribute"/> parses them; a limit that does not parse throws the attribute's own exception at every
/// check, as DataAnnotations does, instead of breaking the other rules.
/// </remarks>
/// <typeparam name="T">The attribute's operand type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RangeLimits<T>
    where T : IComparable<T>
{
    private readonly RangeAttribute _attribute;
    private T _minimum = default!;
    private T _maximum = default!;
    private volatile bool _parsed;

    /// <summary>Wraps <paramref name="attribute"/>, whose <see cref="RangeAttribute.OperandType"/> is <typeparamref name="T"/>.</summary>
    /// <param name="attribute">The attribute.</param>
    public RangeLimits(RangeAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        _attribute = attribute;
    }

    /// <summary>Whether <paramref name="value"/> passes the attribute, decided as <c>RangeAttribute.IsValid</c> decides for a value of the operand type.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value passes.</returns>
    public bool Contains(T value)
    {
        if (!_parsed)
        {
            Parse();
        }

        return RangeCheck.Contains(value, _minimum, _maximum, _attribute.MinimumIsExclusive, _attribute.MaximumIsExclusive);
    }

    /// <summary>
    /// Whether a nullable value passes the attribute: <see langword="null"/> does, but, like <c>RangeAttribute.IsValid</c>,
    /// the check parses the limits first, so their culture is the culture of the first check whatever the value.
    /// </summary>
    /// <param name="hasValue">Whether there is a value.</param>
    /// <param name="value">The value, when <paramref name="hasValue"/> is set.</param>
    /// <returns><see langword="true"/> when the value passes.</returns>
    public bool Contains(bool hasValue, T value)
    {
        if (!_parsed)
        {
            Parse();
        }

        return !hasValue || RangeCheck.Contains(value, _minimum, _maximum, _attribute.MinimumIsExclusive, _attribute.MaximumIsExclusive);
    }

    private void Parse()
    {
        // IsValid(null) makes the attribute convert its string limits, then accepts null.
        _ = _attribute.IsValid(null);
        _minimum = (T)_attribute.Minimum;
        _maximum = (T)_attribute.Maximum;
        _parsed = true;
    }
}
