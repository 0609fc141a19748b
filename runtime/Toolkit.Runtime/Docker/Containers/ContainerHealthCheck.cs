using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>A health check the engine runs inside the container; its result is in <see cref="ContainerHealth"/>.</summary>
public sealed record ContainerHealthCheck
{
    /// <summary>The probe, run without a shell (<c>CMD</c> form): the container is healthy while it exits 0.</summary>
    [Required]
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Time between probes. Default 30 s (the engine's).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one probe may run before it counts as failed. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Consecutive failures that make the container unhealthy. Default 3.</summary>
    [Range(1, 1000)]
    public int Retries { get; init; } = 3;

    /// <summary>Start-up time during which failures do not count. Default 0.</summary>
    public TimeSpan StartPeriod { get; init; } = TimeSpan.Zero;
}
