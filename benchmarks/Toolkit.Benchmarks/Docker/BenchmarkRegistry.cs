using System.Net;
using System.Net.Sockets;
using Toolkit.Shell;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// An anonymous registry (Debian's docker-registry) on a free port of 127.0.0.1, run through the shell driver for the
/// pull benchmark and stopped (with its storage deleted) when disposed. The engine talks plain HTTP to 127.0.0.0/8.
/// </summary>
internal sealed class BenchmarkRegistry : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;
    private readonly string _directory;

    private BenchmarkRegistry(string directory, string address, ShellCommand command)
    {
        _directory = directory;
        Address = address;
        _run = Task.Run(() => new ShellDriver().RunAsync(command, _stop.Token));
    }

    /// <summary>The registry host for image references: <c>127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    public static async Task<BenchmarkRegistry> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tkr-bench-registry-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        var config = Path.Combine(directory, "config.yml");
        await File.WriteAllTextAsync(config, $"""
            version: 0.1
            log:
              level: error
              accesslog:
                disabled: true
            storage:
              filesystem:
                rootdirectory: {directory}/data
            http:
              addr: 127.0.0.1:{port}
              secret: toolkit-bench
            """);
        var registry = new BenchmarkRegistry(directory, $"127.0.0.1:{port}", new ShellCommand("docker-registry", "serve", config) { Capture = OutputCapture.None });
        using var http = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                (await http.GetAsync($"http://{registry.Address}/v2/")).EnsureSuccessStatusCode();
                return registry;
            }
            catch (HttpRequestException) when (attempt < 100 && !registry._run.IsCompleted)
            {
                await Task.Delay(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _run;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
