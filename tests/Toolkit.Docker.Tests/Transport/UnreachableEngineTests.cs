using System.Net.Sockets;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>An engine that is not there: the error must be retryable and say which endpoint was tried and how it was found.</summary>
public sealed class UnreachableEngineTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static DockerDriver FromDockerHost(string host)
    {
        var endpoint = DockerEndpointResolver.Resolve(new DockerEnvironment(name => name == "DOCKER_HOST" ? host : null, "/nonexistent-home", IsWindows: false));
        return DockerDriver.Create(new DockerDriverOptions { Endpoint = endpoint, ConnectTimeout = TimeSpan.FromSeconds(2) });
    }

    [Fact]
    public async Task A_socket_path_that_does_not_exist_gives_a_retryable_error_naming_the_path_and_DOCKER_HOST()
    {
        var path = Path.Combine(_directory.Path, "missing.sock");
        await using var docker = FromDockerHost("unix://" + path);

        var error = await Assert.ThrowsAsync<DriverNetworkException>(() => docker.Containers.ListAsync());

        Assert.True(error.IsRetryable);
        Assert.True(DriverErrors.IsRetryable(error));
        Assert.Equal(DriverErrorCodes.NetworkError, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_HOST", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_socket_nobody_listens_on_is_an_engine_that_is_not_running()
    {
        // The socket file exists but nothing listens on it (an engine that died or is restarting): bound, never listening.
        var path = Path.Combine(_directory.Path, "stale.sock");
        using var notListening = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        notListening.Bind(new UnixDomainSocketEndPoint(path));
        await using var docker = FromDockerHost("unix://" + path);

        var error = await Assert.ThrowsAsync<DriverNetworkException>(() => docker.PingAsync());

        Assert.True(error.IsRetryable);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tcp_port_nothing_listens_on_is_refused_and_retryable()
    {
        var port = FreeTcpPort();
        await using var docker = FromDockerHost($"tcp://127.0.0.1:{port}");

        var error = await Assert.ThrowsAsync<DriverNetworkException>(() => docker.Images.ListAsync());

        Assert.True(error.IsRetryable);
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_a_driver_that_never_created_anything_does_not_need_the_engine()
    {
        var docker = FromDockerHost("unix://" + Path.Combine(_directory.Path, "missing.sock"));

        var error = await Record.ExceptionAsync(() => docker.DisposeAsync().AsTask());

        Assert.Null(error);
    }

    private static int FreeTcpPort()
    {
        using var probe = new Socket(SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        return ((System.Net.IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
