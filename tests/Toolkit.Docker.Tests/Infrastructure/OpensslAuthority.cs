namespace Toolkit.Docker.Tests;

/// <summary>
/// A throwaway certificate authority made with openssl (through the shell driver), issuing server certificates for
/// addresses and client certificates, as PEM files. EC P-256 keys: quick to make, and accepted by dockerd, the
/// registry and the driver alike.
/// </summary>
internal sealed class OpensslAuthority
{
    private OpensslAuthority(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string CertificateFile => Path.Combine(Directory, "ca.pem");

    private string KeyFile => Path.Combine(Directory, "ca-key.pem");

    public static async Task<OpensslAuthority> CreateAsync(string directory, string commonName)
    {
        System.IO.Directory.CreateDirectory(directory);
        var authority = new OpensslAuthority(directory);
        await HostCommands.RunAsync("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-sha256", "-days", "2",
            "-subj", "/CN=" + commonName, "-keyout", authority.KeyFile, "-out", authority.CertificateFile);
        return authority;
    }

    /// <summary>A server certificate valid for <paramref name="ipAddresses"/> and <c>localhost</c>.</summary>
    public Task IssueServerAsync(string certificateFile, string keyFile, params string[] ipAddresses) =>
        IssueAsync(certificateFile, keyFile, ipAddresses[0], $"subjectAltName={string.Join(',', ipAddresses.Select(ip => "IP:" + ip))},DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");

    /// <summary>A client certificate, as dockerd --tlsverify demands.</summary>
    public Task IssueClientAsync(string certificateFile, string keyFile, string commonName) =>
        IssueAsync(certificateFile, keyFile, commonName, "extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n");

    private async Task IssueAsync(string certificateFile, string keyFile, string commonName, string extensions)
    {
        var request = certificateFile + ".csr";
        var extensionFile = certificateFile + ".ext";
        await File.WriteAllTextAsync(extensionFile, extensions);
        await HostCommands.RunAsync("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-sha256",
            "-subj", "/CN=" + commonName, "-keyout", keyFile, "-out", request);
        await HostCommands.RunAsync("openssl", "x509", "-req", "-in", request, "-CA", CertificateFile, "-CAkey", KeyFile, "-CAcreateserial",
            "-days", "2", "-sha256", "-extfile", extensionFile, "-out", certificateFile);
        File.Delete(request);
        File.Delete(extensionFile);
    }
}
