namespace Toolkit.Docker.Containers;

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
