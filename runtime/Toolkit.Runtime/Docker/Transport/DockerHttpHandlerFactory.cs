
namespace Toolkit.Docker.Transport;

/// <summary>
/// Builds the one <see cref="SocketsHttpHandler"/> a driver uses: connections to a unix socket or a named
/// pipe through <see cref="SocketsHttpHandler.ConnectCallback"/>, plain TCP, or TCP with TLS client
/// certificates from PEM files. The handler pools and reuses connections.
/// </summary>
internal static class DockerHttpHandlerFactory
{
    public static SocketsHttpHandler Create(DockerEndpoint endpoint, DockerDriverOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            MaxConnectionsPerServer = options.MaxConnections,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            Expect100ContinueTimeout = TimeSpan.Zero,

            // No diagnostics handler: its events hand every request, headers included, to any DiagnosticListener
            // subscriber, and a pull or push carries registry credentials in X-Registry-Auth. The driver's own
            // tracking spans cover each call.
            ActivityHeadersPropagator = null,
        };

        // Every connection, whatever the transport, is opened by the connector (TLS included), so that HTTP calls and
        // the hijacked streams of exec and attach reach the engine exactly the same way.
        var connector = new DockerConnector(endpoint, options);
        handler.ConnectCallback = (_, cancellationToken) => connector.ConnectAsync(cancellationToken);
        return handler;
    }

    /// <summary>The base address requests go to; the host name of a socket or pipe is ignored by the engine.</summary>
    public static Uri BaseAddress(DockerEndpoint endpoint) => endpoint.Transport switch
    {
        // Plain http even for TLS: the connector has already done the handshake on the stream it returns.
        DockerTransportKind.Tcp => new UriBuilder("http", endpoint.Address, endpoint.Port).Uri,
        _ => new Uri("http://docker.localhost/"),
    };
}
