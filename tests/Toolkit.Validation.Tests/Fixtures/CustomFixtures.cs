using System.ComponentModel.DataAnnotations;

#pragma warning disable TK0207 // deliberate: a repeated attribute DataAnnotations keeps only once

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>Overrides only IsValid(object): the generated code calls it directly, with no context.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EvenAttribute : ValidationAttribute
{
    public EvenAttribute()
        : base("{0} must be even.")
    {
    }

    public override bool IsValid(object? value) => value is not int number || number % 2 == 0;
}

/// <summary>Needs its context: reads a sibling property and names members in its result.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DiffersFromAttribute(string other) : ValidationAttribute
{
    public string Other { get; } = other;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var sibling = validationContext.ObjectType.GetProperty(Other)?.GetValue(validationContext.ObjectInstance);
        return value is not null && Equals(value, sibling)
            ? new ValidationResult($"{validationContext.DisplayName} must differ from {Other}.", [validationContext.MemberName!, Other])
            : ValidationResult.Success;
    }
}

/// <summary>Returns results with no member names, and with no message (DataAnnotations then formats its own).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ShapeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => value switch
    {
        "no-members" => new ValidationResult("shape without members"),
        "no-message" => new ValidationResult(null, [validationContext.MemberName!]),
        _ => ValidationResult.Success,
    };
}

/// <summary>A custom rule deriving from a built-in one: it is validated through the attribute, like any custom rule.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PortAttribute() : RangeAttribute(1, 65535);

/// <summary>A Required subclass: DataAnnotations runs it first and stops at its failure.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MandatoryAttribute : RequiredAttribute;

/// <summary>Repeatable and distinct per instance (TypeId overridden): every instance is validated.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class NotEqualAttribute(int value) : ValidationAttribute
{
    public int Value { get; } = value;

    public override object TypeId => this;

    public override bool IsValid(object? value) => value is not int number || number != Value;

    public override string FormatErrorMessage(string name) => $"{name} must not be {Value}.";
}

/// <summary>Repeatable but with the default TypeId: DataAnnotations keeps only the last instance.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class NotBelowAttribute(int value) : ValidationAttribute
{
    public int Value { get; } = value;

    public override bool IsValid(object? value) => value is not int number || number >= Value;

    public override string FormatErrorMessage(string name) => $"{name} must not be below {Value}.";
}

/// <summary>A type-level rule: runs only when every property passed.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConsistentAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
        => value is CustomRules { Even: 4, Port: 4 } ? new ValidationResult($"{validationContext.DisplayName} is inconsistent.", ["Even", "Port"]) : ValidationResult.Success;
}

[Consistent]
public sealed class CustomRules : IValidatableObject
{
    [Even] public int Even { get; set; }
    [Even] public int? NullableEven { get; set; }
    [DiffersFrom(nameof(Name))] public string? Alias { get; set; }
    public string? Name { get; set; }
    [Shape] public string? Shape { get; set; }
    [Port] public int Port { get; set; } = 80;
    [StringLength(3), Mandatory] public string? Code { get; set; } = "abc";
    [NotEqual(3), NotEqual(5)] public int NotThreeOrFive { get; set; }
    [NotBelow(100), NotBelow(10)] public int NotBelowTen { get; set; } = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Even == 6)
        {
            yield return new ValidationResult($"{validationContext.DisplayName}: six is not welcome.", [nameof(Even)]);
            yield return ValidationResult.Success!;
            yield return new ValidationResult("object-level");
        }

        if (Port == 6)
        {
            yield return new ValidationResult(null, [nameof(Port), nameof(Even)]);
        }
    }
}

/// <summary>Message customisations: ErrorMessage formats, resources, display names.</summary>
public sealed class MessageRules
{
    [Range(1, 10, ErrorMessage = "{0} is out of [{1}, {2}].")] public int Custom { get; set; } = 5;
    [Required(ErrorMessageResourceType = typeof(RuleMessages), ErrorMessageResourceName = nameof(RuleMessages.Missing))] public string? FromResource { get; set; } = "x";
    [Display(Name = "Pretty name")][StringLength(3)] public string? Displayed { get; set; }
    [Display(Name = nameof(RuleMessages.LocalizedName), ResourceType = typeof(RuleMessages))][MaxLength(2)] public string? Localized { get; set; }
    [Display(Description = "only a description")][MinLength(2)] public string? DisplayWithoutName { get; set; } = "ab";
}

/// <summary>A resource class as ResX would generate it: static string properties.</summary>
public static class RuleMessages
{
    public static string Missing => "Please fill in {0}.";

    public static string LocalizedName => "Localized name";

    public static string Blank => "";
}
