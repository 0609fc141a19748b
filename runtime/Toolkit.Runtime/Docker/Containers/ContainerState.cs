namespace Toolkit.Docker.Containers;

/// <summary>The run state of a container.</summary>
public sealed record ContainerState
{
    /// <summary>The state.</summary>
    public required ContainerStatus Status { get; init; }

    /// <summary>Whether it is running (paused containers are running too).</summary>
    public bool Running { get; init; }

    /// <summary>Whether it is paused.</summary>
    public bool Paused { get; init; }

    /// <summary>Whether the kernel killed it for exceeding its memory limit.</summary>
    public bool OomKilled { get; init; }

    /// <summary>The exit code of its last run; 137 after SIGKILL, 143 after SIGTERM.</summary>
    public int ExitCode { get; init; }

    /// <summary>The host PID of its main process while running; 0 otherwise.</summary>
    public int Pid { get; init; }

    /// <summary>The engine's error for the last start, if any (for example an executable that was not found).</summary>
    public string? Error { get; init; }

    /// <summary>When it last started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it last stopped.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Its health, when it has a health check; otherwise <see langword="null"/>.</summary>
    public ContainerHealth? Health { get; init; }
}
