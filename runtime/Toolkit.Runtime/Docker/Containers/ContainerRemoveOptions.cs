namespace Toolkit.Docker.Containers;

/// <summary>How a container is removed.</summary>
public sealed record ContainerRemoveOptions
{
    /// <summary>Removes with the defaults: no force, anonymous volumes kept.</summary>
    public static ContainerRemoveOptions Default { get; } = new();

    /// <summary>Kills and removes the container with its anonymous volumes: the clean-up choice.</summary>
    public static ContainerRemoveOptions ForceWithVolumes { get; } = new() { Force = true, RemoveVolumes = true };

    /// <summary>Whether a running container is killed and removed; without it, removing a running container is a conflict.</summary>
    public bool Force { get; init; }

    /// <summary>Whether the container's anonymous volumes are removed too (named volumes never are).</summary>
    public bool RemoveVolumes { get; init; }
}
