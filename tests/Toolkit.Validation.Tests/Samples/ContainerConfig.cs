using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Samples;

/// <summary>The sample config record: eight annotated members, a nested object, a collection, a regex, a custom attribute and IValidatableObject.</summary>
public sealed record ContainerConfig : IValidatableObject
{
    [Required]
    [StringLength(63, MinimumLength = 2)]
    public string? Name { get; init; }

    [Required(AllowEmptyStrings = false)]
    [MaxLength(200)]
    public string? Image { get; init; }

    [RegularExpression("[a-z0-9]([-a-z0-9]*[a-z0-9])?", ErrorMessage = "{0} must be a lowercase DNS label.")]
    public string? Hostname { get; init; }

    [Range(0.1, 64.0)]
    public double Cpus { get; init; } = 1;

    [AllowedValues("no", "always", "on-failure", "unless-stopped")]
    public string RestartPolicy { get; init; } = "no";

    [DeniedValues("root", "0")]
    public string? User { get; init; }

    [Sensitive]
    [Base64String]
    public string? RegistryAuth { get; init; }

    [NetworkName]
    public string? Network { get; init; }

    [Length(0, 8)]
    [ValidateEnumeratedItems]
    public IReadOnlyList<PortMapping> Ports { get; init; } = [];

    [Required]
    [ValidateObjectMembers]
    public ResourceLimits? Resources { get; init; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Resources is { MemoryReservationMb: { } reservation } && reservation > Resources.MemoryMb)
        {
            yield return new ValidationResult(
                $"The memory reservation must not exceed the memory limit of {Resources.MemoryMb} MB.",
                [nameof(Resources)]);
        }
    }
}

/// <summary>Nested object of the sample, reached through <see cref="ValidateObjectMembersAttribute"/>.</summary>
public sealed record ResourceLimits
{
    [Range(4, 1_048_576)]
    public int MemoryMb { get; init; } = 512;

    [Range(0, 1_048_576)]
    public int? MemoryReservationMb { get; init; }

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    [Range(typeof(decimal), "0.5", "100", ParseLimitsInInvariantCulture = true, MinimumIsExclusive = true)]
    public decimal CpuPercent { get; init; } = 100;
}

/// <summary>Collection item of the sample, reached through <see cref="ValidateEnumeratedItemsAttribute"/>.</summary>
public sealed record PortMapping
{
    [Range(1, 65535)]
    public int ContainerPort { get; init; } = 80;

    [Range(0, 65535)]
    public int HostPort { get; init; }

    [AllowedValues("tcp", "udp", "sctp")]
    public string Protocol { get; init; } = "tcp";
}

/// <summary>A custom rule that needs its context: a network name must not collide with the container's own name.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NetworkNameAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is string network && validationContext.ObjectInstance is ContainerConfig config && network == config.Name)
        {
            return new ValidationResult($"The network '{network}' must differ from the container name.", [validationContext.MemberName!]);
        }

        return value is null or string { Length: <= 32 } ? ValidationResult.Success : new ValidationResult(null, [validationContext.MemberName!]);
    }
}
