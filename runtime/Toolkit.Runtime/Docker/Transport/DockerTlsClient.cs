using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// The TLS side of a TCP endpoint, as the docker CLI sets it up from <c>DOCKER_CERT_PATH</c> or a context: the client
/// certificate and key (loaded once), and a server check against the configured CA only. A failure says which side
/// was wrong: the engine's certificate (not from the CA, wrong name) during the handshake, or the client certificate
/// (missing, or refused by the engine) on the first read after it, where TLS 1.3 reports it.
/// </summary>
internal sealed class DockerTlsClient
{
    private readonly DockerEndpoint _endpoint;
    private readonly DockerTlsSettings _settings;
    private readonly X509Certificate2? _clientCertificate;
    private readonly X509Certificate2Collection? _trustedRoots;

    public DockerTlsClient(DockerEndpoint endpoint, DockerTlsSettings settings)
    {
        _endpoint = endpoint;
        _settings = settings;
        if (settings.ClientCertificateFile is { } certFile)
        {
            if (settings.ClientKeyFile is not { } keyFile)
            {
                throw new DriverAuthenticationException(DriverNames.Docker, $"the client certificate {certFile} has no key file next to it (key.pem) for {endpoint}", "CreateTransport");
            }

            _clientCertificate = LoadClientCertificate(endpoint, certFile, keyFile);
        }

        if (settings.CaCertificateFile is { } caFile)
        {
            _trustedRoots = [];
            try
            {
                _trustedRoots.ImportFromPemFile(caFile);
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new DriverAuthenticationException(DriverNames.Docker, $"the CA certificate {caFile} for {endpoint} could not be read ({ex.Message})", "CreateTransport", innerException: ex);
            }
        }
    }

    /// <summary>Does the handshake on <paramref name="network"/>; the stream returned owns it.</summary>
    public async ValueTask<Stream> AuthenticateAsync(Stream network, CancellationToken cancellationToken)
    {
        var handshake = new Handshake();
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = _endpoint.Address,
            ClientCertificates = _clientCertificate is null ? null : [_clientCertificate],
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => handshake.Accept(CheckServer(certificate, errors)),
            LocalCertificateSelectionCallback = (_, _, _, _, _) =>
            {
                handshake.CertificateRequested = true;
                return _clientCertificate!;
            },
        };

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new TlsHandshakeException(handshake.ServerRejection ?? ClientSideProblem(handshake, ex), ex);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new TlsConnectionStream(ssl, failure => new TlsHandshakeException(ClientSideProblem(handshake, failure), failure));
    }

    // The handshake itself succeeded as far as this side can tell; if the engine then drops the connection before
    // it answers anything, it did not accept this client (TLS 1.3 sends that verdict after the handshake).
    private string ClientSideProblem(Handshake handshake, Exception failure)
    {
        if (_clientCertificate is null)
        {
            var where = _settings.CaCertificateFile is { } ca ? $"no cert.pem and key.pem next to {ca}" : "no cert.pem and key.pem in DOCKER_CERT_PATH";
            return handshake.CertificateRequested
                ? $"the engine requires a client certificate and none is configured ({where}) ({failure.Message})"
                : $"the engine closed the connection during the handshake ({failure.Message}); it may require a client certificate, and none is configured ({where})";
        }

        return $"the engine refused the client certificate {_settings.ClientCertificateFile} ({failure.Message}): it is not signed by a CA the engine trusts (its --tlscacert), or it has expired";
    }

    private string? CheckServer(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (!_settings.VerifyServer)
        {
            return null;
        }

        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return "the engine sent no certificate";
        }

        using var copy = certificate is X509Certificate2 ? null : X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        var serverCertificate = certificate as X509Certificate2 ?? copy!;
        var described = $"the engine's certificate ({serverCertificate.Subject}, issued by {serverCertificate.Issuer})";
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return $"{described} is not valid for the name '{_endpoint.Address}'";
        }

        if (_trustedRoots is null)
        {
            return errors == SslPolicyErrors.None ? null : $"{described} is not trusted by this machine ({errors}); put the CA that signed it in ca.pem of DOCKER_CERT_PATH";
        }

        // The engine's certificate must chain to the configured CA (and only to it), like the docker CLI's tls.Config.RootCAs.
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_trustedRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(serverCertificate) ? null : $"{described} is not signed by the CA in {_settings.CaCertificateFile}";
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

    /// <summary>What one handshake learned: why this side rejected the engine, and whether the engine asked for a certificate.</summary>
    private sealed class Handshake
    {
        public string? ServerRejection { get; private set; }

        public volatile bool CertificateRequested;

        public bool Accept(string? rejection)
        {
            ServerRejection = rejection;
            return rejection is null;
        }
    }
}
