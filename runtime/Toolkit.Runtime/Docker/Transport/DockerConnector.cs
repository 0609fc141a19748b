using System.IO.Pipes;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// Opens one raw, duplex connection to the engine of an endpoint: a unix socket, a named pipe, TCP, or TCP with the
/// TLS handshake already done. HttpClient uses it for every request (through <c>ConnectCallback</c>), and the hijacked
/// streams of exec and attach use it to speak HTTP/1.1 on the socket themselves.
/// </summary>
internal sealed class DockerConnector
{
    private readonly DockerEndpoint _endpoint;
    private readonly SslClientAuthenticationOptions? _ssl;

    public DockerConnector(DockerEndpoint endpoint)
    {
        _endpoint = endpoint;
        if (endpoint is { Transport: DockerTransportKind.Tcp, Tls: { } tls })
        {
            // Built once: loading the certificates reads files and can fail with a typed error before any request.
            _ssl = CreateSslOptions(endpoint, tls);
        }
    }

    /// <summary>The endpoint this connector reaches.</summary>
    public DockerEndpoint Endpoint => _endpoint;

    /// <summary>Opens a new connection. The caller owns (and disposes) the stream.</summary>
    public ValueTask<Stream> ConnectAsync(CancellationToken cancellationToken) => _endpoint.Transport switch
    {
        DockerTransportKind.UnixSocket => ConnectUnixAsync(_endpoint.Address, cancellationToken),
        DockerTransportKind.NamedPipe => ConnectPipeAsync(_endpoint.Address, cancellationToken),
        _ => ConnectTcpAsync(cancellationToken),
    };

    private async ValueTask<Stream> ConnectTcpAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_endpoint.Address, _endpoint.Port, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var network = new NetworkStream(socket, ownsSocket: true);
        if (_ssl is null)
        {
            return network;
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(_ssl, cancellationToken).ConfigureAwait(false);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

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
