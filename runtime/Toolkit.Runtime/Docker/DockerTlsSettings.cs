namespace Toolkit.Docker;

/// <summary>
/// TLS for a TCP endpoint, from PEM files, as the docker CLI reads them from <c>DOCKER_CERT_PATH</c>
/// (<c>ca.pem</c>, <c>cert.pem</c>, <c>key.pem</c>) and <c>DOCKER_TLS_VERIFY</c>.
/// </summary>
/// <param name="CaCertificateFile">PEM file of the CA that signed the engine's certificate, or <see langword="null"/> to use the system trust store.</param>
/// <param name="ClientCertificateFile">PEM file of the client certificate the engine expects, or <see langword="null"/> for none.</param>
/// <param name="ClientKeyFile">PEM file of the client certificate's private key (RSA or EC, PKCS#1, PKCS#8 or SEC1).</param>
/// <param name="VerifyServer">
/// Whether the engine's certificate and host name are verified. <see langword="false"/> still encrypts
/// but accepts any server certificate, which is what the docker CLI does when <c>DOCKER_TLS_VERIFY</c> is unset.
/// </param>
public sealed record DockerTlsSettings(string? CaCertificateFile, string? ClientCertificateFile, string? ClientKeyFile, bool VerifyServer)
{
    /// <summary>Reads <c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> from <paramref name="directory"/>, using each one that exists.</summary>
    /// <param name="directory">A directory laid out like <c>DOCKER_CERT_PATH</c>.</param>
    /// <param name="verifyServer">Whether to verify the engine's certificate.</param>
    /// <returns>The settings.</returns>
    public static DockerTlsSettings FromDirectory(string directory, bool verifyServer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string? Existing(string name)
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? path : null;
        }

        return new DockerTlsSettings(Existing("ca.pem"), Existing("cert.pem"), Existing("key.pem"), verifyServer);
    }
}
