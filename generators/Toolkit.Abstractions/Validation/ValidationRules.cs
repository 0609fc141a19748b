namespace Toolkit.Validation;

/// <summary>The values of <see cref="ValidationFailure.Rule"/> for the built-in rules. A custom attribute reports its class name without the <c>Attribute</c> suffix.</summary>
public static class ValidationRules
{
    /// <summary>A non-nullable reference parameter received <see langword="null"/>.</summary>
    public const string NotNull = "NotNull";
    /// <summary><c>[Required]</c>.</summary>
    public const string Required = "Required";
    /// <summary><c>[Range]</c>, in all its forms.</summary>
    public const string Range = "Range";
    /// <summary><c>[StringLength]</c>.</summary>
    public const string StringLength = "StringLength";
    /// <summary><c>[MinLength]</c>.</summary>
    public const string MinLength = "MinLength";
    /// <summary><c>[MaxLength]</c>.</summary>
    public const string MaxLength = "MaxLength";
    /// <summary><c>[Length]</c>.</summary>
    public const string Length = "Length";
    /// <summary><c>[RegularExpression]</c>.</summary>
    public const string RegularExpression = "RegularExpression";
    /// <summary><c>[AllowedValues]</c>.</summary>
    public const string AllowedValues = "AllowedValues";
    /// <summary><c>[DeniedValues]</c>.</summary>
    public const string DeniedValues = "DeniedValues";
    /// <summary><c>[Base64String]</c>.</summary>
    public const string Base64String = "Base64String";
    /// <summary>A result returned by <c>IValidatableObject.Validate</c>.</summary>
    public const string ValidatableObject = "IValidatableObject";
}
