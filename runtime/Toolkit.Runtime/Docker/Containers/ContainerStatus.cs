namespace Toolkit.Docker.Containers;

/// <summary>The state a container is in.</summary>
public enum ContainerStatus
{
    /// <summary>A state this driver does not know (a newer engine's).</summary>
    Unknown,

    /// <summary>Created, never started.</summary>
    Created,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Paused.</summary>
    Paused,

    /// <summary>Restarting under its restart policy.</summary>
    Restarting,

    /// <summary>Being removed.</summary>
    Removing,

    /// <summary>Stopped.</summary>
    Exited,

    /// <summary>Partly removed after a failure; it can only be removed.</summary>
    Dead,
}
