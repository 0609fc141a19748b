using System.ComponentModel.DataAnnotations;

namespace Toolkit.Decorators.Tests.Integration;

/// <summary>A container configuration with rules on its members, a nested object, and a secret.</summary>
public sealed record ContainerSpec
{
    [Required, RegularExpression("^[a-z0-9][a-z0-9_.-]*$")]
    public string Image { get; init; } = "";

    [Range(1, 64)]
    public int Cpus { get; init; } = 1;

    [Sensitive]
    public string? RegistryPassword { get; init; }

    [Required, ValidateObjectMembers]
    public ResourceLimits Limits { get; init; } = new();
}

public sealed record ResourceLimits
{
    [Range(16, 65_536)]
    public int MemoryMb { get; init; } = 256;
}

/// <summary>The "done when" interface: all four attributes on one driver interface.</summary>
[GenerateMock, GenerateTracking(DriverName = "container"), GenerateValidation, GenerateRegistration]
public partial interface IContainerDriver
{
    Task<string> StartAsync(ContainerSpec spec, CancellationToken cancellationToken);

    Task StopAsync([Required, MinLength(12)] string containerId, [Range(0, 300)] int graceSeconds, CancellationToken cancellationToken);

    IAsyncEnumerable<string> LogsAsync([Required] string containerId, CancellationToken cancellationToken);

    Task LoginAsync([Required] string user, [Sensitive, Required] string password, CancellationToken cancellationToken);
}
