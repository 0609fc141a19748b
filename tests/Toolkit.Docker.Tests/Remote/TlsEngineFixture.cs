using System.Security.Cryptography;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Shell;

namespace Toolkit.Docker.Tests;

/// <summary>
/// A second Docker engine (the same dockerd binary) started for the remote-engine tests: mutual TLS on a TCP port of
/// 127.0.0.1, with a CA, a server certificate and a client certificate made here with openssl, and a unix socket the
/// fixture itself uses. It gets its own bridge (never <c>--bridge=none</c>, which deletes the host's docker0), no
/// iptables rules, its own data and exec roots, and the busybox test image. Everything goes when it is disposed.
/// </summary>
public sealed class TlsEngineFixture : IAsyncLifetime
{
    private BackgroundProcess? _daemon;
    private string? _bridge;

    /// <summary>Short on purpose: unix socket paths under the exec root must stay under 108 characters.</summary>
    public string BaseDirectory { get; } = Path.Combine("/tmp", "tkr-tls-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; private set; }

    /// <summary>The engine as DOCKER_HOST names it: <c>tcp://127.0.0.1:PORT</c>.</summary>
    public string Host => $"tcp://127.0.0.1:{Port}";

    /// <summary>A DOCKER_CERT_PATH: ca.pem, cert.pem and key.pem of a client the engine accepts.</summary>
    public string ClientCertificates => Path.Combine(BaseDirectory, "client");

    /// <summary>The engine's unix socket, for the fixture and for ssh://host/path tests.</summary>
    public string Socket => Path.Combine(BaseDirectory, "docker.sock");

    /// <summary>The busybox test image on this engine.</summary>
    public string Image { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(BaseDirectory);
        Port = FreePort.OnLoopback();
        var certificates = Path.Combine(BaseDirectory, "certs");
        var authority = await OpensslAuthority.CreateAsync(certificates, "toolkit-test-dockerd-ca");
        await authority.IssueServerAsync(Path.Combine(certificates, "server.pem"), Path.Combine(certificates, "server-key.pem"), "127.0.0.1");
        Directory.CreateDirectory(ClientCertificates);
        await authority.IssueClientAsync(Path.Combine(ClientCertificates, "cert.pem"), Path.Combine(ClientCertificates, "key.pem"), "toolkit-test-client");
        File.Copy(authority.CertificateFile, Path.Combine(ClientCertificates, "ca.pem"));

        // dockerd refuses a -b bridge that does not exist, and without -b it would adopt the main engine's docker0.
        _bridge = "tkrbr" + Port;
        await HostCommands.RunAsync("ip", "link", "add", _bridge, "type", "bridge");
        await HostCommands.RunAsync("ip", "address", "add", await FreeSubnetAsync(), "dev", _bridge);
        await HostCommands.RunAsync("ip", "link", "set", _bridge, "up");

        var configFile = Path.Combine(BaseDirectory, "daemon.json");
        await File.WriteAllTextAsync(configFile, "{}");
        _daemon = BackgroundProcess.Start($"dockerd (tcp://127.0.0.1:{Port})", new ShellCommand(
            "dockerd",
            "--config-file", configFile,
            "--data-root", Path.Combine(BaseDirectory, "data"),
            "--exec-root", Path.Combine(BaseDirectory, "exec"),
            "--pidfile", Path.Combine(BaseDirectory, "dockerd.pid"),
            "-H", "unix://" + Socket,
            "-H", $"tcp://127.0.0.1:{Port}",
            "--tlsverify",
            "--tlscacert", authority.CertificateFile,
            "--tlscert", Path.Combine(certificates, "server.pem"),
            "--tlskey", Path.Combine(certificates, "server-key.pem"),
            "--bridge", _bridge,
            "--iptables=false",
            "--ip-masq=false")
        {
            // dockerd stops its containers and its containerd on SIGTERM: give it the time to, before SIGKILL.
            GracePeriod = TimeSpan.FromSeconds(20),
        });

        await using var local = OverUnixSocket();
        await _daemon.WaitUntilReadyAsync(async token => (await local.PingAsync(token)).EngineApiVersion.Length > 0, TimeSpan.FromSeconds(60));
        await using var rootfs = await BusyboxRootfs.CreateAsync();
        var imported = await local.Images.ImportAsync(rootfs, new ImageImportOptions { Repository = "toolkit-docker-tests-tls", Tag = "1", Changes = ["ENV PATH=/bin", "CMD [\"/bin/sh\"]"] });
        Image = imported.Reference!;
    }

    public async Task DisposeAsync()
    {
        if (_daemon is not null)
        {
            await using (var local = OverUnixSocket())
            {
                try
                {
                    foreach (var container in await local.Containers.ListAsync(ContainerListOptions.All))
                    {
                        await local.Containers.RemoveAsync(container.Id, new ContainerRemoveOptions { Force = true });
                    }
                }
                catch (Toolkit.Errors.DriverException)
                {
                    // The engine is gone already; the clean-up below still runs.
                }
            }

            await _daemon.DisposeAsync();
        }

        // What a dockerd that did not stop cleanly leaves: shims and containers, then mounts under its roots.
        await HostCleanup.KillProcessesMentioningAsync(BaseDirectory);
        await HostCleanup.UnmountUnderAsync(BaseDirectory);
        if (_bridge is not null)
        {
            await HostCommands.TryRunAsync("ip", "link", "del", _bridge);
        }

        if (Directory.Exists(BaseDirectory))
        {
            Directory.Delete(BaseDirectory, recursive: true);
        }
    }

    /// <summary>A driver on the engine's unix socket (no TLS), which keeps the resources it creates for the test to remove.</summary>
    public DockerDriver OverUnixSocket() =>
        DockerDriver.Create(new DockerDriverOptions { Endpoint = DockerEndpoint.Create("unix://" + Socket), SessionName = "tk-tls-engine", RemoveResourcesOnDispose = false });

    // A /24 in 10.243.0.0/16 that no interface uses yet.
    private static async Task<string> FreeSubnetAsync()
    {
        var taken = await HostCommands.RunAsync("ip", "-4", "-o", "address", "show");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var third = RandomNumberGenerator.GetInt32(1, 255);
            if (!taken.Contains($" 10.243.{third}.", StringComparison.Ordinal))
            {
                return $"10.243.{third}.1/24";
            }
        }

        throw new InvalidOperationException("No free /24 in 10.243.0.0/16 for the second engine's bridge.");
    }
}
