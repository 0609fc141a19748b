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
}
