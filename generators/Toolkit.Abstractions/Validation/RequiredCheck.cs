using System.ComponentModel;

namespace Toolkit.Validation;

/// <summary>The <see cref="System.ComponentModel.DataAnnotations.RequiredAttribute"/> rule for values of an open type (<c>object</c>, an interface, a type parameter). For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequiredCheck
{
    /// <summary>Whether the attribute rejects <paramref name="value"/>: <see langword="null"/>, or a blank string unless empty strings are allowed.</summary>
    /// <param name="value">The value.</param>
    /// <param name="allowEmptyStrings">The attribute's <c>AllowEmptyStrings</c>.</param>
    /// <returns><see langword="true"/> when the value is missing.</returns>
    public static bool IsMissing(object? value, bool allowEmptyStrings)
        => value is null || (!allowEmptyStrings && value is string text && string.IsNullOrWhiteSpace(text));
}
