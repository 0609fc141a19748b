using System.Formats.Tar;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Toolkit.Docker.Images;
using Toolkit.Docker.Sessions;
using Toolkit.Shell;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Two real registries (Debian's docker-registry, the CNCF distribution registry 2.8), started for the registry tests
/// and removed after them:
/// <list type="bullet">
/// <item>an anonymous one on 127.0.0.1 (plain HTTP, which the engine allows for 127.0.0.0/8), plus a throttled road to
/// it for cancelling a pull in the middle of a layer;</item>
/// <item>one with TLS (a CA made here with openssl) and basic auth (a bcrypt htpasswd) on an address added to
/// <c>lo</c> outside 127.0.0.0/8, so the engine really verifies the certificate against
/// <c>/etc/docker/certs.d/ADDRESS:PORT/ca.crt</c> (for 127.0.0.0/8 it skips verification).</item>
/// </list>
/// Both hold <see cref="PayloadRepository"/>:<see cref="PayloadTag"/>, a one-layer image of about 4 MB of random
/// bytes, pushed by the docker CLI (logged in with a throwaway <see cref="CliConfigDirectory"/>) and then removed from
/// the engine, so pulling it really downloads. It carries this fixture's session label, so whatever the tests pull
/// is removed with the session.
/// </summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    public const string User = "tk-user";
    public const string PayloadRepository = "tk-registry-test/payload";
    public const string PayloadTag = "1";
    private const int PayloadBytes = 4 * 1024 * 1024;

    private readonly List<IAsyncDisposable> _daemons = [];
    private DockerDriver? _driver;
    private string? _loopbackAddress;
    private string? _certsDirectory;
    private readonly List<string> _createdDirectories = [];

    /// <summary>The basic-auth password, new for every run.</summary>
    public string Password { get; } = "pw-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    /// <summary>Everything the fixture made on disk: configurations, data, certificates.</summary>
    public string BaseDirectory { get; } = Path.Combine("/tmp", "tkr-reg-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The anonymous registry: <c>127.0.0.1:PORT</c>.</summary>
    public string Anonymous { get; private set; } = "";

    /// <summary>The TLS and basic-auth registry: <c>10.233.X.Y:PORT</c>.</summary>
    public string Secured { get; private set; } = "";

    /// <summary>The anonymous registry's storage, reached slowly (512 KiB/s).</summary>
    public ThrottledForwarder Throttled { get; private set; } = null!;

    /// <summary>The CA certificate the secured registry's certificate chains to.</summary>
    public string CaCertificateFile { get; private set; } = "";

    /// <summary>Where the engine looks for the secured registry's CA: <c>/etc/docker/certs.d/ADDRESS:PORT</c>.</summary>
    public string CertsDirectory => _certsDirectory ?? throw new InvalidOperationException("The registries are not started.");

    /// <summary>A docker CLI configuration directory that <c>docker login</c> wrote the secured registry's credentials to (in <c>auths</c>).</summary>
    public string CliConfigDirectory => Path.Combine(BaseDirectory, "cli");

    /// <summary>The driver session the payload image belongs to: its labels ride along with every pulled copy.</summary>
    public DockerDriver Driver => _driver ?? throw new InvalidOperationException("The registries are not started.");

    public string Payload(string registry) => $"{registry}/{PayloadRepository}:{PayloadTag}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(BaseDirectory);
        _driver = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-registry-tests" });
        await _driver.PingAsync();

        Anonymous = await StartRegistryAsync("anonymous", "127.0.0.1", tls: null, htpasswd: null);
        Throttled = new ThrottledForwarder(IPEndPoint.Parse(Anonymous), bytesPerSecond: 512 * 1024);

        _loopbackAddress = await AddLoopbackAddressAsync();
        var authority = await OpensslAuthority.CreateAsync(Path.Combine(BaseDirectory, "ca"), "toolkit-test-registry-ca");
        CaCertificateFile = authority.CertificateFile;
        var certificate = Path.Combine(BaseDirectory, "ca", "registry.pem");
        var key = Path.Combine(BaseDirectory, "ca", "registry-key.pem");
        await authority.IssueServerAsync(certificate, key, _loopbackAddress, "127.0.0.1");
        var htpasswd = Path.Combine(BaseDirectory, "htpasswd");

        // Distribution accepts bcrypt entries only: htpasswd -B.
        await File.WriteAllTextAsync(htpasswd, await HostCommands.RunAsync("htpasswd", "-nbB", User, Password));
        Secured = await StartRegistryAsync("secured", _loopbackAddress, (certificate, key), htpasswd);
        _certsDirectory = Path.Combine("/etc/docker/certs.d", Secured);
        for (var directory = _certsDirectory; !Directory.Exists(directory); directory = Path.GetDirectoryName(directory)!)
        {
            _createdDirectories.Add(directory);
        }

        Directory.CreateDirectory(_certsDirectory);
        File.Copy(CaCertificateFile, Path.Combine(_certsDirectory, "ca.crt"), overwrite: true);

        await SeedPayloadAsync();
    }

    public async Task DisposeAsync()
    {
        if (_driver is not null)
        {
            await _driver.RemoveSessionResourcesAsync();
            await _driver.DisposeAsync();
        }

        if (Throttled is not null)
        {
            await Throttled.DisposeAsync();
        }

        foreach (var daemon in _daemons)
        {
            await daemon.DisposeAsync();
        }

        if (_certsDirectory is not null && Directory.Exists(_certsDirectory))
        {
            Directory.Delete(_certsDirectory, recursive: true);
        }

        // /etc/docker/certs.d (and /etc/docker) go again if this fixture made them and nothing else is in them now.
        foreach (var directory in _createdDirectories.Where(Directory.Exists))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        if (_loopbackAddress is not null)
        {
            await HostCommands.TryRunAsync("ip", "address", "del", _loopbackAddress + "/32", "dev", "lo");
        }

        if (Directory.Exists(BaseDirectory))
        {
            Directory.Delete(BaseDirectory, recursive: true);
        }
    }

    /// <summary>Removes every pulled copy of the payload (they all carry this fixture's session label), by id, whatever their tags.</summary>
    public async Task RemovePulledImagesAsync()
    {
        var pulled = await Driver.Images.ListAsync(new ImageListOptions { Labels = new Dictionary<string, string?> { [DockerLabels.Session] = Driver.SessionId } });
        foreach (var image in pulled)
        {
            await Driver.Images.RemoveAsync(image.Id, new ImageRemoveOptions { Force = true });
        }
    }

    /// <summary>Runs the docker CLI with the fixture's CLI configuration (its login), returning its output.</summary>
    public Task<string> DockerCliAsync(params string[] arguments) => HostCommands.RunAsync("docker", ["--config", CliConfigDirectory, .. arguments]);

    private async Task<string> StartRegistryAsync(string name, string address, (string Certificate, string Key)? tls, string? htpasswd)
    {
        var directory = Path.Combine(BaseDirectory, name);
        Directory.CreateDirectory(directory);
        var endpoint = $"{address}:{FreePort.OnLoopback()}";
        var configuration = $"""
            version: 0.1
            log:
              level: warn
              accesslog:
                disabled: true
            storage:
              filesystem:
                rootdirectory: {directory}/data
              delete:
                enabled: true
            http:
              addr: {endpoint}
              secret: toolkit-test-{name}
            """;
        if (tls is { } files)
        {
            configuration += $"\n  tls:\n    certificate: {files.Certificate}\n    key: {files.Key}";
        }

        if (htpasswd is not null)
        {
            configuration += $"\nauth:\n  htpasswd:\n    realm: toolkit-test\n    path: {htpasswd}";
        }

        var configFile = Path.Combine(directory, "config.yml");
        await File.WriteAllTextAsync(configFile, configuration + "\n");
        var daemon = BackgroundProcess.Start($"docker-registry ({name}, {endpoint})", new ShellCommand("docker-registry", "serve", configFile));
        _daemons.Add(daemon);
        using var http = tls is null ? new HttpClient() : new HttpClient(new SocketsHttpHandler { SslOptions = TrustOnly(CaCertificateFile) });
        var url = $"{(tls is null ? "http" : "https")}://{endpoint}/v2/";
        await daemon.WaitUntilReadyAsync(async token => (await http.GetAsync(url, token)).StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(30));
        return endpoint;
    }

    private static SslClientAuthenticationOptions TrustOnly(string caFile)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(caFile);
        return new SslClientAuthenticationOptions
        {
            CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { roots[0] }, RevocationMode = X509RevocationMode.NoCheck },
        };
    }

    // An address outside 127.0.0.0/8, local to this machine only: a /32 on lo, in 10.233.0.0/16.
    private static async Task<string> AddLoopbackAddressAsync()
    {
        var taken = await HostCommands.RunAsync("ip", "-4", "-o", "address", "show");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var candidate = $"10.233.{RandomNumberGenerator.GetInt32(1, 255)}.{RandomNumberGenerator.GetInt32(1, 255)}";
            if (!taken.Contains(" " + candidate + "/", StringComparison.Ordinal) && await HostCommands.TryRunAsync("ip", "address", "add", candidate + "/32", "dev", "lo"))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free address in 10.233.0.0/16 could be added to lo for the TLS registry.");
    }

    private async Task SeedPayloadAsync()
    {
        // One layer of random bytes: nothing on the engine shares it, so a pull downloads all of it.
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "data/") { Mode = (UnixFileMode)0b111_101_101 });
            using var payload = new MemoryStream(RandomNumberGenerator.GetBytes(PayloadBytes));
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "data/blob") { Mode = (UnixFileMode)0b110_100_100, DataStream = payload });
        }

        tar.Position = 0;
        var local = "tk-registry-test-payload:" + Driver.SessionId[^8..];
        await Driver.Images.ImportAsync(tar, new ImageImportOptions { Repository = local.Split(':')[0], Tag = local.Split(':')[1], Changes = ["CMD [\"/data/blob\"]"] });

        // The real docker CLI logs in and pushes: what the tests pull was put there by the reference client.
        Directory.CreateDirectory(CliConfigDirectory);
        var login = new ShellCommand("docker", "--config", CliConfigDirectory, "login", "--username", User, "--password-stdin", Secured)
        {
            StandardInput = CommandInput.FromText(Password),
            Timeout = TimeSpan.FromMinutes(1),
        };
        await new ShellDriver().RunAsync(login);
        foreach (var registry in new[] { Anonymous, Secured })
        {
            await DockerCliAsync("tag", local, Payload(registry));
            await DockerCliAsync("push", Payload(registry));
            await DockerCliAsync("rmi", Payload(registry));
        }

        await Driver.Images.RemoveAsync(local, new ImageRemoveOptions { Force = true });
    }
}

[CollectionDefinition(Name)]
public sealed class RegistryCollection : ICollectionFixture<EngineFixture>, ICollectionFixture<RegistryFixture>
{
    public const string Name = "Registries";
}
