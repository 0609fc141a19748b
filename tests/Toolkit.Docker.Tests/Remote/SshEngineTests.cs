using System.Diagnostics;
using System.Security.Cryptography;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Engines reached over ssh as the docker CLI reaches them (<c>ssh … -- host docker system dial-stdio</c>), through a
/// real sshd on 127.0.0.1 with a key made for the test.
/// </summary>
[Collection(RemoteEngineCollection.Name)]
public sealed class SshEngineTests(EngineFixture engine, TlsEngineFixture tls, SshServerFixture ssh) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_container_runs_on_an_engine_reached_over_ssh()
    {
        await using var docker = OverSsh(ssh.Host);

        var run = await docker.Containers.RunAsync(new ContainerConfig { Image = engine.Image, Command = ["echo", "over ssh"] });

        Assert.Equal("over ssh\n", run.StandardOutput);
        Assert.Equal(DockerTransportKind.Ssh, docker.Endpoint.Transport);
    }

    [Fact]
    public async Task An_ssh_DOCKER_HOST_is_followed_with_the_ssh_settings_of_the_options()
    {
        var variables = new Dictionary<string, string> { ["DOCKER_HOST"] = ssh.Host };
        var environment = new DockerEnvironment(variables.GetValueOrDefault, "/nonexistent-home", IsWindows: false);
        await using var docker = DockerDriver.Create(new DockerDriverOptions { Ssh = ssh.Settings }, DockerSessionOwner.Current, environment);

        var images = await docker.Images.ListAsync(new ImageListOptions { Reference = engine.Image });

        Assert.Equal([engine.ImageId], images.Select(i => i.Id));
        Assert.Equal((DockerTransportKind.Ssh, DockerEndpointSource.DockerHostVariable), (docker.Endpoint.Transport, docker.Endpoint.Source));
    }

    [Fact]
    public async Task A_socket_path_in_the_ssh_URL_names_the_engine_on_the_remote_host()
    {
        await using var docker = OverSsh(ssh.Host + tls.Socket);

        var images = await docker.Images.ListAsync(new ImageListOptions { Reference = tls.Image });

        Assert.Single(images);
        Assert.Empty(await engine.Driver.Images.ListAsync(new ImageListOptions { Reference = tls.Image }));
    }

    [Fact]
    public async Task Several_megabytes_stream_through_the_ssh_connection_intact()
    {
        await using var docker = OverSsh(ssh.Host);

        var overSsh = await HashOfSaveAsync(docker);
        var local = await HashOfSaveAsync(engine.Driver);

        Assert.Equal(local, overSsh);
    }

    [Fact]
    public async Task An_unknown_host_key_is_a_typed_authentication_error_that_is_not_retryable()
    {
        var emptyKnownHosts = _directory.File("known_hosts", "");
        await using var docker = OverSsh(ssh.Host, ssh.Settings with { KnownHostsFile = emptyKnownHosts });

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.PingAsync());

        Assert.Contains("Host key verification failed", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_key_the_server_does_not_accept_is_a_typed_authentication_error()
    {
        var stranger = Path.Combine(_directory.Path, "stranger_key");
        await HostCommands.RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger);
        await using var docker = OverSsh(ssh.Host, ssh.Settings with { IdentityFile = stranger });

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.PingAsync());

        Assert.Contains("Permission denied", error.Message, StringComparison.Ordinal);
        Assert.Contains(ssh.Host, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_nothing_listens_on_is_a_retryable_network_error()
    {
        await using var docker = OverSsh($"ssh://root@127.0.0.1:{FreePort.OnLoopback()}");

        var error = await Assert.ThrowsAsync<DriverNetworkException>(() => docker.PingAsync());

        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task A_missing_ssh_client_is_a_typed_error_that_names_it()
    {
        await using var docker = OverSsh(ssh.Host, ssh.Settings with { Program = "/nonexistent/ssh" });

        var error = await Assert.ThrowsAsync<DriverHealthException>(() => docker.PingAsync());

        Assert.Contains("/nonexistent/ssh", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task Disposing_the_driver_ends_the_ssh_processes_of_its_connections()
    {
        var docker = OverSsh(ssh.Host);
        await docker.PingAsync();
        await docker.Images.ListAsync();
        var whileOpen = HostCleanup.ProcessesMentioning(ssh.KnownHosts).Count;

        await docker.DisposeAsync();

        Assert.True(whileOpen > 0);
        var clock = Stopwatch.StartNew();
        while (HostCleanup.ProcessesMentioning(ssh.KnownHosts).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.Empty(HostCleanup.ProcessesMentioning(ssh.KnownHosts));
    }

    private DockerDriver OverSsh(string host, DockerSshSettings? settings = null) =>
        DockerDriver.Create(new DockerDriverOptions { Endpoint = DockerEndpoint.Create(host), Ssh = settings ?? ssh.Settings, SessionName = "tk-ssh-client" });

    private async Task<string> HashOfSaveAsync(DockerDriver docker)
    {
        await using var archive = await docker.Images.SaveAsync([engine.Image]);
        return Convert.ToHexString(await SHA256.HashDataAsync(archive));
    }
}
