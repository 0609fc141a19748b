namespace Toolkit.Docker;

/// <summary>
/// How the driver runs <c>ssh</c> to reach an engine at <c>ssh://[user@]host[:port][/socket]</c>. Like the docker CLI,
/// the driver starts <c>ssh … -- host docker system dial-stdio</c> for each connection and speaks the Engine API over
/// its standard input and output, so the remote host needs an ssh server and the docker CLI, and nothing listens on a
/// port. The defaults use the user's own ssh setup (<c>~/.ssh/config</c>, keys, agent, known hosts); these settings
/// add to it without touching it.
/// </summary>
/// <remarks>
/// ssh always runs with <c>BatchMode=yes</c>: it can never stop to ask for a password or to confirm an unknown host key,
/// which would hang a service. A host key that is not already known fails the connection; add it to a known-hosts file
/// (<see cref="KnownHostsFile"/>) first.
/// </remarks>
/// <example>
/// <code>
/// await using var docker = DockerDriver.Create(new DockerDriverOptions
/// {
///     Endpoint = DockerEndpoint.Create("ssh://deploy@build-host"),
///     Ssh = new DockerSshSettings { IdentityFile = "/run/secrets/deploy_key", KnownHostsFile = "/etc/ci/known_hosts" },
/// });
/// </code>
/// </example>
public sealed record DockerSshSettings
{
    /// <summary>The ssh client: a name looked up in <c>PATH</c> (the default, <c>ssh</c>) or a path to it.</summary>
    public string Program { get; init; } = "ssh";

    /// <summary>A private key to log in with (<c>ssh -i</c>, with <c>IdentitiesOnly=yes</c>); <see langword="null"/> for the user's usual keys and agent.</summary>
    public string? IdentityFile { get; init; }

    /// <summary>The known-hosts file that must list the host's key (<c>UserKnownHostsFile</c>); <see langword="null"/> for <c>~/.ssh/known_hosts</c>.</summary>
    public string? KnownHostsFile { get; init; }

    /// <summary>An ssh configuration file used instead of <c>~/.ssh/config</c> (<c>ssh -F</c>); <see langword="null"/> for the usual one.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>More ssh options, each as <c>ssh -o</c> takes it (<c>Ciphers=aes128-gcm@openssh.com</c>, <c>ProxyJump=bastion</c>).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
