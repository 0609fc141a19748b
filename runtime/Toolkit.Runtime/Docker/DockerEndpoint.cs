using System.Globalization;
using Toolkit.Docker.Transport;

namespace Toolkit.Docker;

/// <summary>
/// Where the Docker engine listens, and how that was found. <see cref="FromEnvironment"/> follows
/// <c>DOCKER_HOST</c>, then the current docker context, then the platform default; every connection
/// error names the endpoint together with its <see cref="SourceDescription"/>.
/// </summary>
public sealed class DockerEndpoint
{
    /// <summary>The default TCP port of an engine without TLS.</summary>
    public const int DefaultPlainPort = 2375;

    /// <summary>The default TCP port of an engine with TLS.</summary>
    public const int DefaultTlsPort = 2376;

    private DockerEndpoint(string host, DockerTransportKind transport, string address, int port, DockerTlsSettings? tls, DockerEndpointSource source, string sourceDescription)
    {
        Host = host;
        Transport = transport;
        Address = address;
        Port = port;
        Tls = tls;
        Source = source;
        SourceDescription = sourceDescription;
    }

    /// <summary>The endpoint in docker's own notation, for example <c>unix:///var/run/docker.sock</c> or <c>tcp://10.0.0.5:2376</c>.</summary>
    public string Host { get; }

    /// <summary>The kind of connection.</summary>
    public DockerTransportKind Transport { get; }

    /// <summary>The socket path, the pipe name, or the TCP or ssh host name, depending on <see cref="Transport"/>.</summary>
    public string Address { get; }

    /// <summary>The TCP or ssh port; 0 for sockets and pipes, and for an ssh host without a port (ssh's configuration decides).</summary>
    public int Port { get; }

    /// <summary>TLS settings for a TCP endpoint, or <see langword="null"/> for plain text.</summary>
    public DockerTlsSettings? Tls { get; }

    /// <summary>How the endpoint was found.</summary>
    public DockerEndpointSource Source { get; }

    /// <summary>The ssh login name of an <c>ssh://user@host</c> endpoint, or <see langword="null"/> (ssh's configuration decides).</summary>
    internal string? SshUser { get; private init; }

    /// <summary>The engine socket on the ssh host (<c>ssh://host/run/docker.sock</c>), or <see langword="null"/> for the remote CLI's default.</summary>
    internal string? SshSocketPath { get; private init; }

    /// <summary>How the endpoint was found, in words, for example <c>the DOCKER_HOST environment variable</c>.</summary>
    public string SourceDescription { get; }

    /// <summary>The platform default endpoint: <c>unix:///var/run/docker.sock</c>, or the <c>docker_engine</c> named pipe on Windows.</summary>
    public static DockerEndpoint PlatformDefault { get; } = OperatingSystem.IsWindows()
        ? Parse("npipe:////./pipe/docker_engine", null, DockerEndpointSource.PlatformDefault, "the platform default")
        : Parse("unix:///var/run/docker.sock", null, DockerEndpointSource.PlatformDefault, "the platform default");

    /// <summary>
    /// Finds the endpoint the way the docker tooling does: <c>DOCKER_HOST</c> (with <c>DOCKER_CERT_PATH</c>
    /// and <c>DOCKER_TLS_VERIFY</c> for TLS), then the context named by <c>DOCKER_CONTEXT</c> or by
    /// <c>currentContext</c> in <c>~/.docker/config.json</c> (or <c>$DOCKER_CONFIG/config.json</c>), then the platform default.
    /// </summary>
    /// <returns>The endpoint.</returns>
    /// <exception cref="Toolkit.Errors.DriverHealthException">A variable or context names an endpoint that cannot be used; the message says which and why.</exception>
    public static DockerEndpoint FromEnvironment() => DockerEndpointResolver.Resolve(DockerEnvironment.Current);

    /// <summary>Creates an endpoint from docker's notation, for code that knows where the engine is.</summary>
    /// <param name="host"><c>unix:///path</c>, <c>tcp://host[:port]</c>, <c>ssh://[user@]host[:port][/socket]</c> or <c>npipe:////./pipe/name</c>.</param>
    /// <param name="tls">TLS settings for a TCP endpoint; <see langword="null"/> for plain text.</param>
    /// <returns>The endpoint, with <see cref="Source"/> = <see cref="DockerEndpointSource.Explicit"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="host"/> is not in a supported notation.</exception>
    public static DockerEndpoint Create(string host, DockerTlsSettings? tls = null) =>
        Parse(host, tls, DockerEndpointSource.Explicit, "the caller's DockerDriverOptions");

    /// <summary>The endpoint and how it was found, as errors print it.</summary>
    /// <returns>For example <c>unix:///var/run/docker.sock (from the platform default)</c>.</returns>
    public override string ToString() => $"{Host} (from {SourceDescription})";

    internal static DockerEndpoint Parse(string host, DockerTlsSettings? tls, DockerEndpointSource source, string sourceDescription)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var separator = host.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has no scheme. Use unix:///path/to/docker.sock, tcp://host:port, ssh://user@host or npipe:////./pipe/name.", nameof(host));
        }

        var scheme = host[..separator].ToLowerInvariant();
        var rest = host[(separator + 3)..];
        switch (scheme)
        {
            case "unix":
                if (rest.Length == 0 || rest[0] != '/')
                {
                    throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) needs an absolute socket path, for example unix:///var/run/docker.sock.", nameof(host));
                }

                return new DockerEndpoint("unix://" + rest, DockerTransportKind.UnixSocket, rest, 0, null, source, sourceDescription);
            case "npipe":
                // npipe:////./pipe/docker_engine -> the pipe "docker_engine" on the local machine.
                var pipe = rest.Replace('\\', '/').TrimStart('/');
                const string Prefix = "./pipe/";
                if (!pipe.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || pipe.Length == Prefix.Length)
                {
                    throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) is not a local named pipe; use npipe:////./pipe/<name>.", nameof(host));
                }

                return new DockerEndpoint(host, DockerTransportKind.NamedPipe, pipe[Prefix.Length..], 0, null, source, sourceDescription);
            case "tcp":
            case "http":
            case "https":
                var tlsSettings = scheme == "https" ? tls ?? new DockerTlsSettings(null, null, null, VerifyServer: true) : tls;
                var hostPart = rest.TrimEnd('/');
                if (hostPart.Contains('/', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has a path; the Engine API is served at the root. Use tcp://host:port.", nameof(host));
                }

                if (!Uri.TryCreate("tcp://" + hostPart, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
                {
                    throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) is not a valid tcp://host:port address.", nameof(host));
                }

                var port = uri.IsDefaultPort || uri.Port <= 0 ? (tlsSettings is null ? DefaultPlainPort : DefaultTlsPort) : uri.Port;
                var name = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
                var display = string.Create(CultureInfo.InvariantCulture, $"tcp://{(uri.HostNameType == UriHostNameType.IPv6 ? "[" + name + "]" : name)}:{port}");
                return new DockerEndpoint(display, DockerTransportKind.Tcp, name, port, tlsSettings, source, sourceDescription);
            case "ssh":
                return ParseSsh(host, rest, source, sourceDescription);
            default:
                throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has the unsupported scheme '{scheme}'. Use unix://, tcp://, ssh:// or npipe://.", nameof(host));
        }
    }

    // ssh://[user@]host[:port][/path/to/engine.sock], read as the docker CLI reads it: no password in the URL (ssh
    // asks for none: keys or an agent do it), no query, and a path names the engine socket on the remote host.
    private static DockerEndpoint ParseSsh(string host, string rest, DockerEndpointSource source, string sourceDescription)
    {
        if (!Uri.TryCreate("ssh://" + rest, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) is not a valid ssh://[user@]host[:port] address.", nameof(host));
        }

        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has a password in it, which ssh:// endpoints do not take: use a key (DockerSshSettings.IdentityFile) or an ssh agent.", nameof(host));
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has a query or a fragment; use ssh://[user@]host[:port][/path/to/docker.sock].", nameof(host));
        }

        var user = uri.UserInfo.Length == 0 ? null : Uri.UnescapeDataString(uri.UserInfo);
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var socket = path is "" or "/" ? null : path;
        if (user is not null && (user.StartsWith('-') || user.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has the user name '{user}', which ssh cannot take as a login name.", nameof(host));
        }

        if (socket is not null && socket.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\'' or '"' or '`' or '$' or ';' or '&' or '|' or '<' or '>'))
        {
            // The path reaches the remote shell as part of the command line ssh sends: keep it to characters that need no quoting.
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has a socket path with characters a remote shell would interpret; use a plain path such as /var/run/docker.sock.", nameof(host));
        }

        var name = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        var port = uri.IsDefaultPort || uri.Port <= 0 ? 0 : uri.Port;
        var display = string.Create(CultureInfo.InvariantCulture, $"ssh://{(user is null ? "" : user + "@")}{(uri.HostNameType == UriHostNameType.IPv6 ? "[" + name + "]" : name)}{(port == 0 ? "" : ":" + port.ToString(CultureInfo.InvariantCulture))}{socket}");
        return new DockerEndpoint(display, DockerTransportKind.Ssh, name, port, null, source, sourceDescription) { SshUser = user, SshSocketPath = socket };
    }
}
