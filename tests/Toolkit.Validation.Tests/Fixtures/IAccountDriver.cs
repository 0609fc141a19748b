using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>A driver for behaviour tests: sensitive data, nullability, async shapes, ref kinds, generics, members without rules.</summary>
[GenerateValidation]
public partial interface IAccountDriver
{
    Task LoginAsync([Required] string user, [Sensitive, MinLength(8), Secret] string password, CancellationToken cancellationToken);

    ValueTask<int> RegisterAsync(Credentials credentials);

    void Store([Sensitive] Secrets secrets);

    string? Describe(string? note, object? tag, int? count);

    IAsyncEnumerable<string> StreamAsync([Range(1, 100)] int pageSize);

    bool TryFind([StringLength(5)] string key, out string? value);

    void Update([Range(0, 10)] ref int level, [Required] in string reason);

    T Echo<T>([Required] T value);

    int Timeout { get; set; }

    event EventHandler? Changed;
}

/// <summary>A custom rule whose message echoes the value it rejects, to prove redaction.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SecretAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
        => value is string text && text.Contains("password", StringComparison.OrdinalIgnoreCase)
            ? new ValidationResult($"'{text}' is a guessable secret.", [validationContext.MemberName!])
            : ValidationResult.Success;
}

public sealed record Credentials
{
    [Required] public string? User { get; init; } = "ada";

    [Sensitive, Secret] public string? Password { get; init; } = "correct horse";

    [Secret] public string? Hint { get; init; }
}

/// <summary>Marked [Sensitive] where used: every message from user code inside it is replaced.</summary>
public sealed record Secrets : IValidatableObject
{
    [Secret] public string? ApiKey { get; init; } = "k-123";

    [Range(1, 10)] public int Rotation { get; init; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey == "leak")
        {
            yield return new ValidationResult($"The key {ApiKey} has leaked.", [nameof(ApiKey)]);
        }
    }
}
