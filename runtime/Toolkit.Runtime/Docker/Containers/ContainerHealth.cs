namespace Toolkit.Docker;

/// <summary>The health states the engine reports.</summary>
public enum ContainerHealthStatus
{
    /// <summary>The container has no health check.</summary>
    None,

    /// <summary>Within the start period, or no probe has passed or failed enough yet.</summary>
    Starting,

    /// <summary>The last probe passed.</summary>
    Healthy,

    /// <summary>The probe failed the configured number of times in a row.</summary>
    Unhealthy,
}

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

/// <summary>One run of a health probe.</summary>
/// <param name="Start">When it started.</param>
/// <param name="End">When it ended.</param>
/// <param name="ExitCode">Its exit code: 0 passed, anything else failed.</param>
/// <param name="Output">What it printed (the engine keeps the first 4 KiB).</param>
public sealed record HealthProbeResult(DateTimeOffset? Start, DateTimeOffset? End, int ExitCode, string Output);
