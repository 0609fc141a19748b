namespace Toolkit.Docker.Containers;

/// <summary>The kinds of mount a container can have.</summary>
public enum ContainerMountType
{
    /// <summary>A host directory or file, by absolute path.</summary>
    Bind,

    /// <summary>A named volume (created on first use, with the session's labels) or, without a source, an anonymous one.</summary>
    Volume,

    /// <summary>A memory-backed file system that disappears with the container.</summary>
    Tmpfs,
}
