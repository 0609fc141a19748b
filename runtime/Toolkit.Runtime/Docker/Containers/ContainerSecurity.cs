using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>
/// The security options of a container. <see cref="Restricted"/> is the driver's default: least privilege
/// that still runs ordinary programs. The driver never offers privileged mode.
/// </summary>
public sealed record ContainerSecurity
{
    /// <summary>
    /// The default: every Linux capability dropped (<c>CapEff</c> is 0, even for root) and no-new-privileges
    /// on, so setuid binaries cannot gain anything. The root file system stays writable.
    /// </summary>
    public static ContainerSecurity Restricted { get; } = new()
    {
        CapabilityDrop = ["ALL"],
        NoNewPrivileges = true,
    };

    /// <summary>
    /// What the engine gives when asked for nothing: its default capability set (chown, setuid, net_bind_service...)
    /// and privilege escalation allowed. For images whose entrypoint needs root's usual powers.
    /// </summary>
    public static ContainerSecurity DockerDefault { get; } = new()
    {
        CapabilityDrop = [],
        NoNewPrivileges = false,
    };

    /// <summary>Whether the root file system is mounted read-only; writes then need a tmpfs or volume mount.</summary>
    public bool ReadOnlyRootFilesystem { get; init; }

    /// <summary>Whether processes are barred from gaining privileges (setuid, file capabilities): <c>NoNewPrivs: 1</c>.</summary>
    public bool NoNewPrivileges { get; init; } = true;

    /// <summary>Capabilities to drop, such as <c>ALL</c> or <c>NET_RAW</c> (with or without the <c>CAP_</c> prefix).</summary>
    [Required]
    public IReadOnlyList<string> CapabilityDrop { get; init; } = ["ALL"];

    /// <summary>Capabilities to add back after the drop, such as <c>NET_BIND_SERVICE</c>.</summary>
    [Required]
    public IReadOnlyList<string> CapabilityAdd { get; init; } = [];
}
