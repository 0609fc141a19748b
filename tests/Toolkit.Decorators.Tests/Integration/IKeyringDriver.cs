using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Toolkit.Decorators.Tests.Integration;

/// <summary>A driver whose rules write the values they reject into their messages, next to [Sensitive] values.</summary>
[GenerateTracking(DriverName = "keyring"), GenerateValidation]
public partial interface IKeyringDriver
{
    void Seal([Sensitive, Quoting] string key);

    void Enroll(KeyringUser user);
}

/// <summary>Overrides only IsValid(object) and quotes the value it rejects.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QuotingAttribute : ValidationAttribute
{
    public override bool IsValid(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        ErrorMessage = "{0} does not accept '" + text + "'.";
        return text is null || !text.StartsWith("bad", StringComparison.Ordinal);
    }
}

public sealed record KeyringUser : IValidatableObject
{
    public string Name { get; init; } = "ada";

    [Sensitive] public string Passphrase { get; init; } = "correct horse battery";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Passphrase.Contains(Name, StringComparison.Ordinal))
        {
            yield return new ValidationResult($"'{Passphrase}' contains the user name.", [nameof(Passphrase)]);
        }
    }
}
