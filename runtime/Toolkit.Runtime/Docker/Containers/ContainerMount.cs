using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>One mount of a container. Use <see cref="Bind"/>, <see cref="Volume"/> or <see cref="Tmpfs"/> to create one.</summary>
public sealed record ContainerMount
{
    /// <summary>The kind of mount.</summary>
    public required ContainerMountType Type { get; init; }

    /// <summary>The host path (bind), the volume name (volume; <see langword="null"/> for anonymous), or nothing (tmpfs).</summary>
    public string? Source { get; init; }

    /// <summary>The absolute path inside the container.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^/.*$")]
    public required string Target { get; init; }

    /// <summary>Whether the container sees the mount read-only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The size limit of a tmpfs mount in bytes, or <see langword="null"/> for the kernel default (half of RAM).</summary>
    [Range(1d, 9.2e18)]
    public long? TmpfsSizeBytes { get; init; }

    /// <summary>The permission bits of a tmpfs mount's root, for example <c>0x3FF</c> (octal 1777); <see langword="null"/> for 1777.</summary>
    [Range(0, 4095)]
    public int? TmpfsMode { get; init; }

    /// <summary>Mounts a host path.</summary>
    /// <param name="hostPath">The absolute host path; it must exist.</param>
    /// <param name="target">The absolute path inside the container.</param>
    /// <param name="readOnly">Whether the container sees it read-only.</param>
    /// <returns>The mount.</returns>
    public static ContainerMount Bind(string hostPath, string target, bool readOnly = false) =>
        new() { Type = ContainerMountType.Bind, Source = hostPath, Target = target, ReadOnly = readOnly };

    /// <summary>Mounts a named volume (created if missing) or, with a <see langword="null"/> name, an anonymous one.</summary>
    /// <param name="volumeName">The volume name, or <see langword="null"/> for an anonymous volume removed with the container.</param>
    /// <param name="target">The absolute path inside the container.</param>
    /// <param name="readOnly">Whether the container sees it read-only.</param>
    /// <returns>The mount.</returns>
    public static ContainerMount Volume(string? volumeName, string target, bool readOnly = false) =>
        new() { Type = ContainerMountType.Volume, Source = volumeName, Target = target, ReadOnly = readOnly };

    /// <summary>Mounts a memory-backed file system.</summary>
    /// <param name="target">The absolute path inside the container.</param>
    /// <param name="sizeBytes">The size limit, or <see langword="null"/> for the kernel default.</param>
    /// <returns>The mount.</returns>
    public static ContainerMount Tmpfs(string target, long? sizeBytes = null) =>
        new() { Type = ContainerMountType.Tmpfs, Target = target, TmpfsSizeBytes = sizeBytes };
}
