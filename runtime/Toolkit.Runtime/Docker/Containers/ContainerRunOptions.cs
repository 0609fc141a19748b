namespace Toolkit.Docker.Containers;

/// <summary>How <see cref="IContainerDriver.RunAsync"/> runs a container to completion.</summary>
public sealed record ContainerRunOptions
{
    /// <summary>Run, collect the output, remove.</summary>
    public static ContainerRunOptions Default { get; } = new();

    /// <summary>
    /// How long the container may run; <see langword="null"/> for no limit but the caller's token. On
    /// timeout it is killed and removed, and the run throws <see cref="Toolkit.Errors.DriverTimeoutException"/>.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether to keep the stopped container (for inspection) instead of removing it. It is still removed with the session.</summary>
    public bool KeepContainer { get; init; }

    /// <summary>The most bytes of each output stream kept. Default 64 MiB.</summary>
    public int MaxOutputBytes { get; init; } = 64 * 1024 * 1024;
}
