namespace Toolkit.Docker.Containers;

/// <summary>What a wait waits for.</summary>
public enum ContainerWaitCondition
{
    /// <summary>The container is not running: returns at once for a stopped or never-started one.</summary>
    NotRunning,

    /// <summary>
    /// The next exit after the wait is registered. Register it before starting the container, so even a
    /// container that exits at once is never missed.
    /// </summary>
    NextExit,

    /// <summary>The container is removed.</summary>
    Removed,
}
