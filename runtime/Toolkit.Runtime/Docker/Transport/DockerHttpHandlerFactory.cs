using System.IO.Pipes;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Toolkit.Errors;

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
        };

        switch (endpoint.Transport)
        {
            case DockerTransportKind.UnixSocket:
                var socketPath = endpoint.Address;
                handler.ConnectCallback = (_, cancellationToken) => ConnectUnixAsync(socketPath, cancellationToken);
                break;
            case DockerTransportKind.NamedPipe:
                var pipeName = endpoint.Address;
                handler.ConnectCallback = (_, cancellationToken) => ConnectPipeAsync(pipeName, cancellationToken);
                break;
            case DockerTransportKind.Tcp when endpoint.Tls is { } tls:
                handler.SslOptions = CreateSslOptions(endpoint, tls);
                break;
        }

        return handler;
    }

    /// <summary>The base address requests go to; the host name of a socket or pipe is ignored by the engine.</summary>
    public static Uri BaseAddress(DockerEndpoint endpoint) => endpoint.Transport switch
    {
        DockerTransportKind.Tcp => new UriBuilder(endpoint.Tls is null ? "http" : "https", endpoint.Address, endpoint.Port).Uri,
        _ => new Uri("http://docker.localhost/"),
    };

    private static async ValueTask<Stream> ConnectUnixAsync(string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async ValueTask<Stream> ConnectPipeAsync(string pipeName, CancellationToken cancellationToken)
    {
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.Asynchronous);
        try
        {
            await pipe.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return pipe;
        }
        catch
        {
            await pipe.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SslClientAuthenticationOptions CreateSslOptions(DockerEndpoint endpoint, DockerTlsSettings tls)
    {
        var ssl = new SslClientAuthenticationOptions { TargetHost = endpoint.Address };
        if (tls.ClientCertificateFile is { } certFile)
        {
            if (tls.ClientKeyFile is not { } keyFile)
            {
                throw new DriverAuthenticationException(DriverNames.Docker, $"the client certificate {certFile} has no key file next to it (key.pem) for {endpoint}", "CreateTransport");
            }

            ssl.ClientCertificates = [LoadClientCertificate(endpoint, certFile, keyFile)];
        }

        X509Certificate2Collection? trustedRoots = null;
        if (tls.CaCertificateFile is { } caFile)
        {
            trustedRoots = [];
            try
            {
                trustedRoots.ImportFromPemFile(caFile);
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new DriverAuthenticationException(DriverNames.Docker, $"the CA certificate {caFile} for {endpoint} could not be read ({ex.Message})", "CreateTransport", innerException: ex);
            }
        }

        var verify = tls.VerifyServer;
        ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            !verify || ValidateServerCertificate(certificate, errors, trustedRoots);
        return ssl;
    }

    private static X509Certificate2 LoadClientCertificate(DockerEndpoint endpoint, string certFile, string keyFile)
    {
        try
        {
            using var fromPem = X509Certificate2.CreateFromPemFile(certFile, keyFile);

            // A certificate whose key came from PEM has an ephemeral key, which SChannel on Windows refuses
            // to use for client authentication; a PKCS#12 round trip gives it a persisted one everywhere.
            return X509CertificateLoader.LoadPkcs12(fromPem.Export(X509ContentType.Pkcs12), password: null);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new DriverAuthenticationException(DriverNames.Docker, $"the client certificate {certFile} with key {keyFile} for {endpoint} could not be loaded ({ex.Message})", "CreateTransport", innerException: ex);
        }
    }

    private static bool ValidateServerCertificate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? trustedRoots)
    {
        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
        {
            return false;
        }

        if (trustedRoots is null)
        {
            return errors == SslPolicyErrors.None;
        }

        // The engine's certificate must chain to the configured CA (and only to it), like the docker CLI's tls.Config.RootCAs.
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (certificate is X509Certificate2 typed)
        {
            return chain.Build(typed);
        }

        using var copy = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(copy);
    }
}
