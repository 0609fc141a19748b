using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker;

/// <summary>How a <see cref="DockerDriver"/> connects to the engine and labels what it creates.</summary>
/// <remarks><see cref="DockerDriver.Create(DockerDriverOptions?)"/> checks every value and names the one that is wrong.</remarks>
public sealed record DockerDriverOptions
{
    /// <summary>The engine endpoint; <see langword="null"/> (the default) discovers it with <see cref="DockerEndpoint.FromEnvironment"/>.</summary>
    public DockerEndpoint? Endpoint { get; init; }

    /// <summary>
    /// The docker CLI configuration directory, as the CLI's <c>--config</c> option names it: where <c>config.json</c>
    /// (registry credentials, the current context) and <c>contexts/</c> are read. <see langword="null"/> (the default)
    /// uses <c>$DOCKER_CONFIG</c>, else <c>~/.docker</c>.
    /// </summary>
    public string? ConfigDirectory { get; init; }

    /// <summary>
    /// How <c>ssh</c> is run for an <c>ssh://</c> endpoint (found in <c>DOCKER_HOST</c>, a context or <see cref="Endpoint"/>):
    /// the key, the known-hosts file, extra options. <see langword="null"/> (the default) runs <c>ssh</c> from <c>PATH</c>
    /// with the user's own ssh configuration, as the docker CLI does.
    /// </summary>
    public DockerSshSettings? Ssh { get; init; }

    /// <summary>
    /// An Engine API version to use instead of negotiating one through <c>/_ping</c>, for example <c>1.41</c>.
    /// It must be at least 1.41. <see langword="null"/> (the default) negotiates the newest version both sides speak.
    /// </summary>
    [RegularExpression(@"^1\.[0-9]{2}$")]
    public string? ApiVersion { get; init; }

    /// <summary>The timeout of each ordinary call (inspect, list, create, start, remove...). Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of calls that move data: image builds and imports, copies in and out of containers. Default 30 min.</summary>
    public TimeSpan TransferTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long opening a connection may take before the engine counts as unreachable. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an idle pooled connection is kept for reuse. Default 60 s.</summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most connections open to the engine at once. Default: unlimited, because a wait, a followed log
    /// stream or an exec holds its connection for as long as it runs, and a cap would make them queue behind each other.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxConnections { get; init; } = int.MaxValue;

    /// <summary>A readable prefix for the session id (letters, digits, '.', '_' and '-'), for example the test suite's name.</summary>
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
    public string? SessionName { get; init; }

    /// <summary>
    /// Whether disposing the driver removes every container, image, volume and network its session created.
    /// Default <see langword="true"/>: nothing is left behind. Set <see langword="false"/> for resources meant to outlive the process.
    /// </summary>
    public bool RemoveResourcesOnDispose { get; init; } = true;

    /// <summary>How long the clean-up at dispose may take. Default 2 min.</summary>
    public TimeSpan DisposeTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
