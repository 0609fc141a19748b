namespace Toolkit.Generators.Model;

/// <summary>
/// One validation attribute on a parameter, a property or a type: how to create the attribute instance once, and
/// how to check the rule inline on the typed value when that is possible.
/// </summary>
internal sealed record ValidationRuleModel
{
    public RuleKind Kind { get; init; }

    /// <summary>The value of <c>ValidationFailure.Rule</c>: the attribute's class name without <c>Attribute</c>.</summary>
    public string RuleName { get; init; } = "";

    /// <summary>The static field that holds the attribute instance.</summary>
    public string FieldName { get; init; } = "";

    /// <summary>The attribute class, <c>global::</c>-qualified.</summary>
    public string AttributeTypeName { get; init; } = "";

    /// <summary>A C# expression that creates the attribute exactly as declared (constructor and named arguments).</summary>
    public string Creation { get; init; } = "";

    /// <summary>When set, the creation goes through a factory suppressing IL2026 with this justification (Range over a built-in operand type).</summary>
    public string? TrimJustification { get; init; }

    /// <summary><c>[Required(AllowEmptyStrings = true)]</c>.</summary>
    public bool AllowEmptyStrings { get; init; }

    /// <summary>Range: the C# type compared (<c>int</c>, <c>double</c> or the operand type); lengths: unused.</summary>
    public string? ComparandType { get; init; }

    /// <summary>Range: limits as C# constants (int and double forms); null when they are read from the attribute (the typed form).</summary>
    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public bool MinimumIsExclusive { get; init; }

    public bool MaximumIsExclusive { get; init; }

    /// <summary>Range: how the value becomes the comparand, a format with <c>{0}</c> for the value (<c>(double){0}</c>, <c>global::System.Convert.ToInt32({0})</c>).</summary>
    public string Conversion { get; init; } = "{0}";

    /// <summary>Lengths: the minimum and maximum counts (-1 = no maximum).</summary>
    public int MinimumLength { get; init; }

    public int MaximumLength { get; init; } = -1;

    /// <summary>Lengths: how the length is read.</summary>
    public CountKind Count { get; init; }

    /// <summary>Regex: the pattern and timeout.</summary>
    public string? Pattern { get; init; }

    public int MatchTimeoutInMilliseconds { get; init; }

    /// <summary>Allowed/denied values: one C# condition per value, each true when the value equals it (<c>{0}</c> is the value).</summary>
    public EquatableArray<string> ValueTests { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Allowed/denied values: <see langword="null"/> is one of the values.</summary>
    public bool MatchesNull { get; init; }

    /// <summary>
    /// The message is written by user code (any attribute but DataAnnotations' own, whose messages never contain the
    /// value, and <c>CustomValidation</c>, which calls user code): it is withheld where the rule could see a sensitive value.
    /// </summary>
    public bool UserMessage { get; init; }

    /// <summary>A custom rule that overrides <c>IsValid(object, ValidationContext)</c>: it needs a context (an allocation per call).</summary>
    public bool NeedsContext { get; init; }

    /// <summary>The rule cannot be checked inline for this value's type: the attribute's own <c>IsValid</c> decides (boxing value types).</summary>
    public bool UsesAttribute { get; init; }
}

internal enum RuleKind
{
    Required,
    Range,
    StringLength,
    MinLength,
    MaxLength,
    Length,
    RegularExpression,
    AllowedValues,
    DeniedValues,
    Base64String,
    /// <summary>Any other <c>ValidationAttribute</c>: its own <c>IsValid</c> or <c>GetValidationResult</c> runs.</summary>
    Custom,
}

/// <summary>How a length rule reads a count, as DataAnnotations' <c>CountPropertyHelper</c> would.</summary>
internal enum CountKind
{
    None,
    /// <summary><c>string.Length</c>.</summary>
    StringLength,
    /// <summary><c>array.Length</c>.</summary>
    ArrayLength,
    /// <summary><c>ICollection.Count</c>: the declared type implements <c>ICollection</c>.</summary>
    Collection,
    /// <summary><c>ICollection.Count</c> at run time, else the declared type's public <c>int Count</c>.</summary>
    CollectionOrCountProperty,
    /// <summary>The public <c>int Count</c> of a sealed type that is not an <c>ICollection</c>.</summary>
    CountProperty,
    /// <summary><c>ICollection.Count</c> at run time, else the attribute decides (reflection, as DataAnnotations does).</summary>
    CollectionOrAttribute,
}
