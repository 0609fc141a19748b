using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>A second, real dockerd with mutual TLS, reached the ways the docker CLI reaches one: variables and contexts.</summary>
[Collection(RemoteEngineCollection.Name)]
public sealed class TlsEngineTests(EngineFixture engine, TlsEngineFixture tls) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_engine_is_reached_through_DOCKER_HOST_DOCKER_TLS_VERIFY_and_DOCKER_CERT_PATH()
    {
        await using var docker = FromVariables(("DOCKER_HOST", tls.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", tls.ClientCertificates));

        var run = await docker.Containers.RunAsync(new ContainerConfig { Image = tls.Image, Command = ["echo", "from the TLS engine"] });

        Assert.Equal("from the TLS engine\n", run.StandardOutput);
        Assert.Equal((DockerTransportKind.Tcp, DockerEndpointSource.DockerHostVariable), (docker.Endpoint.Transport, docker.Endpoint.Source));
        await Assert.ThrowsAsync<ImageNotFoundException>(() => engine.Driver.Images.InspectAsync(tls.Image));
    }

    [Fact]
    public async Task A_docker_context_the_docker_CLI_created_is_followed_through_DOCKER_CONTEXT()
    {
        var (config, name) = await CreateContextAsync();
        await using var docker = FromVariables(("DOCKER_CONFIG", config), ("DOCKER_CONTEXT", name));

        var images = await docker.Images.ListAsync(new ImageListOptions { Reference = tls.Image });

        Assert.Single(images);
        Assert.Equal(DockerEndpointSource.DockerContextVariable, docker.Endpoint.Source);
    }

    [Fact]
    public async Task The_current_context_docker_context_use_wrote_is_followed_from_the_configured_directory()
    {
        var (config, name) = await CreateContextAsync();
        await HostCommands.RunAsync("docker", "--config", config, "context", "use", name);
        await using var docker = DockerDriver.Create(new DockerDriverOptions { ConfigDirectory = config }, DockerSessionOwner.Current, Environment(name => null));

        var ping = await docker.PingAsync();

        Assert.Equal((tls.Host, DockerEndpointSource.CurrentContext), (ping.Endpoint.Host, ping.Endpoint.Source));
    }

    [Fact]
    public async Task An_engine_certificate_from_another_CA_is_a_typed_error_that_says_so_and_is_not_retryable()
    {
        var wrong = Path.Combine(_directory.Path, "wrong-ca");
        Directory.CreateDirectory(wrong);
        var other = await OpensslAuthority.CreateAsync(Path.Combine(_directory.Path, "other-ca"), "someone-else");
        File.Copy(other.CertificateFile, Path.Combine(wrong, "ca.pem"));
        File.Copy(Path.Combine(tls.ClientCertificates, "cert.pem"), Path.Combine(wrong, "cert.pem"));
        File.Copy(Path.Combine(tls.ClientCertificates, "key.pem"), Path.Combine(wrong, "key.pem"));
        await using var docker = FromVariables(("DOCKER_HOST", tls.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", wrong));

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.Images.ListAsync());

        Assert.False(error.IsRetryable);
        Assert.Contains("not signed by the CA in " + Path.Combine(wrong, "ca.pem"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_client_certificate_is_a_typed_error_that_says_so_and_is_not_retryable()
    {
        var caOnly = Path.Combine(_directory.Path, "ca-only");
        Directory.CreateDirectory(caOnly);
        File.Copy(Path.Combine(tls.ClientCertificates, "ca.pem"), Path.Combine(caOnly, "ca.pem"));
        await using var docker = FromVariables(("DOCKER_HOST", tls.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", caOnly));

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.Images.ListAsync());

        Assert.False(error.IsRetryable);
        Assert.Contains("requires a client certificate", error.Message, StringComparison.Ordinal);
        Assert.Contains(caOnly, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_certificate_from_another_CA_is_a_typed_error_that_says_the_engine_refused_it()
    {
        var foreign = Path.Combine(_directory.Path, "foreign");
        var other = await OpensslAuthority.CreateAsync(Path.Combine(_directory.Path, "other-ca"), "someone-else");
        Directory.CreateDirectory(foreign);
        await other.IssueClientAsync(Path.Combine(foreign, "cert.pem"), Path.Combine(foreign, "key.pem"), "stranger");
        File.Copy(Path.Combine(tls.ClientCertificates, "ca.pem"), Path.Combine(foreign, "ca.pem"));
        await using var docker = FromVariables(("DOCKER_HOST", tls.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", foreign));

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.Images.ListAsync());

        Assert.False(error.IsRetryable);
        Assert.Contains("refused the client certificate " + Path.Combine(foreign, "cert.pem"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Images_saved_on_one_engine_stream_straight_into_another()
    {
        var reference = TestNames.Prefix + "carried:" + Guid.NewGuid().ToString("N")[..8];
        await engine.Driver.Images.TagAsync(engine.Image, reference);
        await using var remote = FromVariables(("DOCKER_HOST", tls.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", tls.ClientCertificates));
        try
        {
            LoadedImages loaded;
            await using (var archive = await engine.Driver.Images.SaveAsync([reference]))
            {
                loaded = await remote.Images.LoadAsync(archive);
            }

            Assert.Equal([reference], loaded.References);
            Assert.Equal(engine.ImageId, (await remote.Images.InspectAsync(reference)).Id);
        }
        finally
        {
            await engine.Driver.Images.RemoveAsync(reference);
            await remote.Images.RemoveAsync(reference, new ImageRemoveOptions { Force = true });
        }
    }

    private static DockerEnvironment Environment(Func<string, string?> variables) => new(variables, "/nonexistent-home", IsWindows: false);

    private static DockerDriver FromVariables(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-tls-client" }, DockerSessionOwner.Current, Environment(map.GetValueOrDefault));
    }

    // The docker CLI itself writes the context (meta.json under contexts/meta/<sha256 of the name>, certificates under contexts/tls).
    private async Task<(string Config, string Name)> CreateContextAsync()
    {
        var config = Path.Combine(_directory.Path, "cli");
        var name = "tk-tls-" + Guid.NewGuid().ToString("N")[..6];
        var certificates = tls.ClientCertificates;
        await HostCommands.RunAsync(
            "docker", "--config", config, "context", "create", name, "--description", "toolkit test",
            "--docker", $"host={tls.Host},ca={certificates}/ca.pem,cert={certificates}/cert.pem,key={certificates}/key.pem");
        return (config, name);
    }
}
