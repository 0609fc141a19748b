using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>
/// Everything needed to create a container. Immutable; build variants with <c>with</c>.
/// </summary>
/// <remarks>
/// <para>Defaults lean to least privilege: <see cref="Security"/> defaults to <see cref="ContainerSecurity.Restricted"/>
/// (every capability dropped, no-new-privileges on), and the driver never offers privileged mode.
/// Use <see cref="ContainerSecurity.DockerDefault"/> for images whose entrypoint needs root's usual powers
/// (changing file ownership, binding ports below 1024, switching user).</para>
/// <para>Resource limits default to none (the engine's defaults); set <see cref="Resources"/> for anything untrusted.</para>
/// <para>The driver adds its session labels to <see cref="Labels"/>, so every container it creates can be found and removed.</para>
/// </remarks>
public sealed record ContainerConfig
{
    /// <summary>The image to run: a reference such as <c>busybox:latest</c> or an image id. The driver never pulls it.</summary>
    [Required(AllowEmptyStrings = false)]
    public required string Image { get; init; }

    /// <summary>A name for the container, or <see langword="null"/> to let the engine pick one. Names are unique per engine.</summary>
    [RegularExpression("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$")]
    public string? Name { get; init; }

    /// <summary>The command (arguments to the entrypoint), as a list: never a string a shell splits. <see langword="null"/> uses the image's.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>The entrypoint, as a list. <see langword="null"/> uses the image's; <c>[""]</c> clears it.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Environment variables, added to the image's. Names must not contain '='.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>The working directory (absolute), or <see langword="null"/> for the image's.</summary>
    [RegularExpression("^/.*$")]
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// The user the process runs as: a name or uid, optionally with a group (<c>1000</c>, <c>1000:1000</c>, <c>nobody</c>).
    /// <see langword="null"/> uses the image's (often root).
    /// </summary>
    [RegularExpression("^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$")]
    public string? User { get; init; }

    /// <summary>Labels, merged with the driver's session labels (which win on a clash).</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Limits on CPU, memory and process count. Default: none.</summary>
    [Required]
    [ValidateObjectMembers]
    public ContainerResources Resources { get; init; } = ContainerResources.Unlimited;

    /// <summary>Capabilities, privilege escalation and root file system. Default: <see cref="ContainerSecurity.Restricted"/>.</summary>
    [Required]
    [ValidateObjectMembers]
    public ContainerSecurity Security { get; init; } = ContainerSecurity.Restricted;

    /// <summary>Bind mounts, volumes and tmpfs mounts.</summary>
    [ValidateEnumeratedItems]
    public IReadOnlyList<ContainerMount>? Mounts { get; init; }

    /// <summary>The network mode: <c>bridge</c>, <c>none</c>, <c>host</c>, <c>container:&lt;id&gt;</c> or a network name. <see langword="null"/> uses the engine default (bridge).</summary>
    public string? NetworkMode { get; init; }

    /// <summary>Whether to give the container a terminal. With a TTY, standard output and error are merged into one raw stream.</summary>
    public bool Tty { get; init; }

    /// <summary>
    /// Whether to run an init process as PID 1 that forwards signals and reaps zombies, so a stop is quick even
    /// when the command ignores SIGTERM. <see langword="null"/> uses the engine default (off).
    /// </summary>
    public bool? Init { get; init; }

    /// <summary>A health check, or <see langword="null"/> to use the image's.</summary>
    [ValidateObjectMembers]
    public ContainerHealthCheck? HealthCheck { get; init; }

    /// <summary>
    /// The log driver, or <see langword="null"/> for the engine default (<c>json-file</c>). <c>local</c> keeps
    /// binary output byte for byte; <c>json-file</c> stores lines as JSON strings, which replaces invalid UTF-8.
    /// </summary>
    [ValidateObjectMembers]
    public ContainerLogDriver? LogDriver { get; init; }

    /// <summary>The host name inside the container, or <see langword="null"/> for the engine's (the short id).</summary>
    [RegularExpression("^[A-Za-z0-9]([A-Za-z0-9.-]{0,62})$")]
    public string? Hostname { get; init; }
}
