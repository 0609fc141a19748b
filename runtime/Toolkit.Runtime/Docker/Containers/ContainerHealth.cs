namespace Toolkit.Docker.Containers;

/// <summary>A container's health as the engine judges it from its health check.</summary>
/// <param name="Status">The health state.</param>
/// <param name="FailingStreak">How many probes in a row have failed.</param>
/// <param name="Probes">The most recent probe results (the engine keeps five), oldest first.</param>
public sealed record ContainerHealth(ContainerHealthStatus Status, int FailingStreak, IReadOnlyList<HealthProbeResult> Probes)
{
    /// <summary>A container without a health check.</summary>
    public static ContainerHealth NoHealthCheck { get; } = new(ContainerHealthStatus.None, 0, []);

    /// <summary>Whether the engine judges the container healthy.</summary>
    public bool IsHealthy => Status == ContainerHealthStatus.Healthy;
}
