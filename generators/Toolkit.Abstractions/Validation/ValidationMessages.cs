using System.ComponentModel;
using System.Globalization;

namespace Toolkit.Validation;

/// <summary>Messages of the rules Toolkit adds to DataAnnotations'. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationMessages
{
    /// <summary>The message of <see cref="ValidationRules.NotNull"/>: a non-nullable reference parameter received <see langword="null"/>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The message.</returns>
    public static string NotNull(string name) => string.Format(CultureInfo.CurrentCulture, "The {0} argument must not be null.", name);

    /// <summary>
    /// The message that replaces one written by user code (a custom attribute, a type-level rule, <c>IValidatableObject</c>)
    /// that could see a <see cref="SensitiveAttribute"/> value and so might quote it.
    /// </summary>
    /// <param name="name">The member's display name, or the object's when the failure names no member.</param>
    /// <param name="rule">The rule that failed (<see cref="ValidationFailure.Rule"/>).</param>
    /// <returns>The message: it names the member and the rule, never the value.</returns>
    public static string Withheld(string name, string rule)
        => string.Format(CultureInfo.CurrentCulture, "{0} does not satisfy the {1} rule (its message is withheld because it may contain a [Sensitive] value).", name, rule);
}
