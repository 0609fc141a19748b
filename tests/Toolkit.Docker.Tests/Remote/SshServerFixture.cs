using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Toolkit.Shell;

namespace Toolkit.Docker.Tests;

/// <summary>
/// An sshd (Debian's openssh-server) on a TCP port of 127.0.0.1, started for the ssh:// tests: root may log in with a
/// key made here (ed25519), and nothing else. The client side is a key and a known-hosts file holding the server's
/// host key, handed to the driver through <see cref="DockerSshSettings"/>: nothing in ~/.ssh is read or written.
/// </summary>
public sealed class SshServerFixture : IAsyncLifetime
{
    private BackgroundProcess? _daemon;
    private bool _createdPrivilegeSeparationDirectory;

    public string BaseDirectory { get; } = Path.Combine("/tmp", "tkr-ssh-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; private set; }

    /// <summary>The engine on this machine, reached through sshd: <c>ssh://root@127.0.0.1:PORT</c>.</summary>
    public string Host => $"ssh://root@127.0.0.1:{Port}";

    public string ClientKey => Path.Combine(BaseDirectory, "client_key");

    public string KnownHosts => Path.Combine(BaseDirectory, "known_hosts");

    /// <summary>The settings that log in with the test key and trust only the test server's host key.</summary>
    public DockerSshSettings Settings => new() { IdentityFile = ClientKey, KnownHostsFile = KnownHosts };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(BaseDirectory);
        Port = FreePort.OnLoopback();
        var hostKey = Path.Combine(BaseDirectory, "host_key");
        await HostCommands.RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "tk-host", "-f", hostKey);
        await HostCommands.RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "tk-client", "-f", ClientKey);
        var authorizedKeys = Path.Combine(BaseDirectory, "authorized_keys");
        File.Copy(ClientKey + ".pub", authorizedKeys);
        await File.WriteAllTextAsync(KnownHosts, $"[127.0.0.1]:{Port} {await File.ReadAllTextAsync(hostKey + ".pub")}");

        var config = Path.Combine(BaseDirectory, "sshd_config");
        await File.WriteAllTextAsync(config, string.Join('\n',
            $"ListenAddress 127.0.0.1:{Port}",
            $"HostKey {hostKey}",
            $"PidFile {Path.Combine(BaseDirectory, "sshd.pid")}",
            $"AuthorizedKeysFile {authorizedKeys}",
            "PermitRootLogin prohibit-password",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "UsePAM no",

            // With StrictModes the keys under /tmp are refused ("bad ownership or modes for directory /tmp").
            "StrictModes no",
            "AllowTcpForwarding no",
            "X11Forwarding no",
            "PrintMotd no",
            "LogLevel VERBOSE",
            ""));

        // sshd's privilege separation directory is compiled in; a machine that never ran sshd lacks it.
        if (!Directory.Exists("/run/sshd"))
        {
            Directory.CreateDirectory("/run/sshd");
            _createdPrivilegeSeparationDirectory = true;
        }

        // -D: stay in the foreground, so the shell driver owns it; -e: log to standard error, which it keeps.
        _daemon = BackgroundProcess.Start($"sshd (127.0.0.1:{Port})", new ShellCommand("/usr/sbin/sshd", "-D", "-e", "-f", config));
        await _daemon.WaitUntilReadyAsync(AnswersAsync, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        var pidFile = Path.Combine(BaseDirectory, "sshd.pid");
        var sessions = File.Exists(pidFile) ? HostCleanup.ChildrenOf(int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture)) : [];
        if (_daemon is not null)
        {
            await _daemon.DisposeAsync();
        }

        // Sessions run in sessions of their own: a connection a test left open would outlive the listener.
        foreach (var session in sessions)
        {
            await HostCommands.TryRunAsync("kill", "-TERM", session.ToString(CultureInfo.InvariantCulture));
        }

        await HostCleanup.KillProcessesMentioningAsync(BaseDirectory);
        if (_createdPrivilegeSeparationDirectory && HostCleanup.ProcessesMentioning("sshd").Count == 0)
        {
            Directory.Delete("/run/sshd");
        }

        if (Directory.Exists(BaseDirectory))
        {
            Directory.Delete(BaseDirectory, recursive: true);
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
        var banner = new byte[4];
        var read = await client.GetStream().ReadAtLeastAsync(banner, banner.Length, throwOnEndOfStream: false, cancellationToken);
        return Encoding.ASCII.GetString(banner, 0, read) == "SSH-";
    }
}

[CollectionDefinition(Name)]
public sealed class RemoteEngineCollection : ICollectionFixture<EngineFixture>, ICollectionFixture<TlsEngineFixture>, ICollectionFixture<SshServerFixture>
{
    public const string Name = "Remote engines";
}
