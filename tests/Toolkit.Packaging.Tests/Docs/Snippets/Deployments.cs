// docs/validation.md and docs/registration.md: an interface with nested objects and collections.
using System.ComponentModel.DataAnnotations;
using Toolkit;

namespace MyApp.Deployments;

[GenerateTracking(DriverName = "deploy"), GenerateValidation, GenerateRegistration]
public partial interface IDeploymentDriver
{
    Task<string> DeployAsync(DeploymentSpec spec, CancellationToken cancellationToken = default);
}

public sealed record DeploymentSpec
{
    [Required, StringLength(63, MinimumLength = 2)]
    public required string Service { get; init; }

    [Required, ValidateObjectMembers]  // validate the nested object's own rules
    public required Resources Resources { get; init; }

    [Length(1, 8), ValidateEnumeratedItems]  // validate each item's rules
    public required IReadOnlyList<Port> Ports { get; init; }
}

public sealed record Resources([property: Range(64, 65_536)] int MemoryMb, [property: Range(1, 64)] int Cpus);

public sealed record Port([property: Range(1, 65_535)] int Number, [property: AllowedValues("tcp", "udp")] string Protocol = "tcp");
