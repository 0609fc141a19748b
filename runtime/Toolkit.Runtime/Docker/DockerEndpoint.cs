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

    /// <summary>The socket path, the pipe name, or the TCP host name, depending on <see cref="Transport"/>.</summary>
    public string Address { get; }

    /// <summary>The TCP port; 0 for sockets and pipes.</summary>
    public int Port { get; }

    /// <summary>TLS settings for a TCP endpoint, or <see langword="null"/> for plain text.</summary>
    public DockerTlsSettings? Tls { get; }

    /// <summary>How the endpoint was found.</summary>
    public DockerEndpointSource Source { get; }

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
    /// <param name="host"><c>unix:///path</c>, <c>tcp://host[:port]</c> or <c>npipe:////./pipe/name</c>.</param>
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
            throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has no scheme. Use unix:///path/to/docker.sock, tcp://host:port or npipe:////./pipe/name.", nameof(host));
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
                throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) uses ssh://, which the Toolkit Docker driver does not speak. Forward the remote socket (ssh -L /tmp/docker.sock:/var/run/docker.sock host) and use unix:///tmp/docker.sock.", nameof(host));
            default:
                throw new ArgumentException($"Docker host '{host}' (from {sourceDescription}) has the unsupported scheme '{scheme}'. Use unix://, tcp:// or npipe://.", nameof(host));
        }
    }
}
