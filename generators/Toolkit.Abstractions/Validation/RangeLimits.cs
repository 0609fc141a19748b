using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation;

/// <summary>
/// Reads the limits of a <c>[Range(typeof(T), "min", "max")]</c> attribute as typed values, parsed exactly as
/// <see cref="RangeAttribute"/> parses them, so generated code can compare without boxing. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RangeLimits
{
    /// <summary>The parsed minimum of <paramref name="attribute"/>.</summary>
    /// <typeparam name="T">The attribute's operand type.</typeparam>
    /// <param name="attribute">A range attribute whose <see cref="RangeAttribute.OperandType"/> is <typeparamref name="T"/>.</param>
    /// <returns>The minimum, converted by the operand type's converter.</returns>
    public static T Minimum<T>(RangeAttribute attribute)
    {
        Parse(attribute);
        return (T)attribute.Minimum;
    }

    /// <summary>The parsed maximum of <paramref name="attribute"/>.</summary>
    /// <typeparam name="T">The attribute's operand type.</typeparam>
    /// <param name="attribute">A range attribute whose <see cref="RangeAttribute.OperandType"/> is <typeparamref name="T"/>.</param>
    /// <returns>The maximum, converted by the operand type's converter.</returns>
    public static T Maximum<T>(RangeAttribute attribute)
    {
        Parse(attribute);
        return (T)attribute.Maximum;
    }

    // RangeAttribute converts its string limits on first use (IsValid or FormatErrorMessage), with the culture
    // current at that moment; IsValid(null) triggers exactly that conversion and then accepts null.
    private static void Parse(RangeAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        _ = attribute.IsValid(null);
    }
}
