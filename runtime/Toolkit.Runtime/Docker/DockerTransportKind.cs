namespace Toolkit.Docker;

/// <summary>The kind of connection a <see cref="DockerEndpoint"/> uses.</summary>
public enum DockerTransportKind
{
    /// <summary>A unix domain socket (<c>unix:///var/run/docker.sock</c>).</summary>
    UnixSocket,

    /// <summary>TCP, optionally with TLS (<c>tcp://host:2376</c>).</summary>
    Tcp,

    /// <summary>A Windows named pipe (<c>npipe:////./pipe/docker_engine</c>).</summary>
    NamedPipe,

    /// <summary>
    /// ssh to a host whose docker CLI relays the connection to its engine (<c>ssh://user@host</c>, run as
    /// <c>ssh … docker system dial-stdio</c>); see <see cref="DockerSshSettings"/>.
    /// </summary>
    Ssh,
}
