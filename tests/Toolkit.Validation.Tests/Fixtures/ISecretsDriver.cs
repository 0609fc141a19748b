using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>Every source of a failure message next to a [Sensitive] value, for the redaction tests.</summary>
[GenerateValidation]
public partial interface ISecretsDriver
{
    void Change(PasswordChange change);

    void Unlock([Sensitive, Echoing] string pin);

    void Keep([Sensitive] Vault vault);

    void Enroll(Enrollment enrollment);

    void Wrap(Envelope envelope);

    void Sign(Signature signature);
}

/// <summary>
/// Overrides only <c>IsValid(object)</c> and formats the value it rejected into its message, as rule authors often do
/// (a message that quotes the value is friendlier).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EchoingAttribute : ValidationAttribute
{
    public override bool IsValid(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        ErrorMessage = "{0} does not accept '" + text?.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + "'.";
        return text is null || !text.Contains("bad", StringComparison.Ordinal);
    }
}

/// <summary>Reads a sibling through its context and quotes it, naming both members, as a result should name what it quotes.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotContainedInAttribute(string other) : ValidationAttribute
{
    public string Other { get; } = other;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var sibling = ObjectProperty.Read(validationContext.ObjectInstance, Other) as string;
        return value is string text && sibling is not null && sibling.Contains(text, StringComparison.Ordinal)
            ? new ValidationResult($"{validationContext.DisplayName} '{text}' is part of '{sibling}'.", [validationContext.MemberName!, Other])
            : ValidationResult.Success;
    }
}

/// <summary>An object-level rule that quotes every property.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoDuplicatesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
        => value is Enrollment { User: not null } enrollment && enrollment.User == enrollment.Password
            ? new ValidationResult($"{enrollment} repeats itself.")
            : ValidationResult.Success;
}

public sealed record PasswordChange
{
    [Sensitive, Echoing] public string? Password { get; init; } = "correct horse";

    [Sensitive, Compare(nameof(Password))] public string? Confirmation { get; init; } = "correct horse";
}

/// <summary>Marked [Sensitive] where used: every message from user code inside it is replaced, whatever the rule's kind.</summary>
public sealed record Vault
{
    [Echoing] public string? Key { get; init; } = "k-1";

    [Range(1, 10)] public int Rotation { get; init; } = 1;
}

[NoDuplicates]
public sealed record Enrollment : IValidatableObject
{
    public string? User { get; init; } = "ada";

    [Sensitive] public string? Password { get; init; } = "correct horse";

    [NotContainedIn(nameof(Password))] public string? Hint { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Password is { Length: < 8 })
        {
            yield return new ValidationResult($"'{Password}' is too short.", [nameof(Password)]);
        }

        if (User is { Length: < 2 })
        {
            yield return new ValidationResult("A user name needs two characters or more.", [nameof(User)]);
        }

        if (Password == "password")
        {
            yield return new ValidationResult($"'{Password}' is the most common password.");
        }
    }
}

/// <summary>[Sensitive] written on a positional parameter, where C# puts it on the constructor parameter only.</summary>
public sealed record Signature([Sensitive][property: Echoing] string Key);

/// <summary>Holds an object with a [Sensitive] member, which a record prints in ToString().</summary>
public sealed record Envelope
{
    [Echoing] public Enrollment? Inner { get; init; } = new();

    [Echoing] public string? Label { get; init; } = "plain";
}
