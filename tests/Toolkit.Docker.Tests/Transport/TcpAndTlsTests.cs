using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>The real engine reached over TCP and over TLS with client certificates from PEM files.</summary>
[Collection(EngineCollection.Name)]
public sealed class TcpAndTlsTests(EngineFixture engine) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static DockerDriver FromVariables(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        var endpoint = DockerEndpointResolver.Resolve(new DockerEnvironment(name => map.GetValueOrDefault(name), "/nonexistent-home", IsWindows: false));
        return DockerDriver.Create(new DockerDriverOptions { Endpoint = endpoint });
    }

    [Fact]
    public async Task The_engine_answers_over_plain_tcp()
    {
        await using var forwarder = new EngineForwarder(engine.Driver.Endpoint.Address, tls: null);
        await using var docker = FromVariables(("DOCKER_HOST", forwarder.Host));

        var ping = await docker.PingAsync();
        var images = await docker.Images.ListAsync(new ImageListOptions { Reference = engine.Image });

        Assert.Equal("1.41", ping.NegotiatedApiVersion);
        Assert.Equal([engine.ImageId], images.Select(i => i.Id));
    }

    [Fact]
    public async Task The_engine_answers_over_TLS_with_a_client_certificate_from_DOCKER_CERT_PATH()
    {
        using var certificates = TestCertificates.Create(Path.Combine(_directory.Path, "certs"));
        await using var forwarder = new EngineForwarder(engine.Driver.Endpoint.Address, certificates);
        await using var docker = FromVariables(("DOCKER_HOST", forwarder.Host), ("DOCKER_CERT_PATH", certificates.Directory), ("DOCKER_TLS_VERIFY", "1"));

        var result = await docker.Containers.RunAsync(new ContainerConfig { Image = engine.Image, Command = ["echo", "over tls"] });

        Assert.Equal("over tls\n", result.StandardOutput);
        Assert.Equal(0, forwarder.RejectedHandshakes);
    }

    [Fact]
    public async Task A_server_certificate_from_another_authority_is_refused_and_not_retryable()
    {
        using var certificates = TestCertificates.Create(Path.Combine(_directory.Path, "certs"));
        await using var forwarder = new EngineForwarder(engine.Driver.Endpoint.Address, certificates);
        var wrong = Path.Combine(_directory.Path, "wrong");
        Directory.CreateDirectory(wrong);
        File.Copy(Path.Combine(certificates.Directory, "cert.pem"), Path.Combine(wrong, "cert.pem"));
        File.Copy(Path.Combine(certificates.Directory, "key.pem"), Path.Combine(wrong, "key.pem"));
        TestCertificates.WriteUnrelatedAuthority(Path.Combine(wrong, "ca.pem"));
        await using var docker = FromVariables(("DOCKER_HOST", forwarder.Host), ("DOCKER_CERT_PATH", wrong), ("DOCKER_TLS_VERIFY", "1"));

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.PingAsync());

        Assert.False(error.IsRetryable);
        Assert.Contains(forwarder.Host, error.Message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_CERT_PATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_client_certificate_the_engine_refuses_the_connection()
    {
        using var certificates = TestCertificates.Create(Path.Combine(_directory.Path, "certs"));
        await using var forwarder = new EngineForwarder(engine.Driver.Endpoint.Address, certificates);
        var caOnly = Path.Combine(_directory.Path, "ca-only");
        Directory.CreateDirectory(caOnly);
        File.Copy(Path.Combine(certificates.Directory, "ca.pem"), Path.Combine(caOnly, "ca.pem"));
        await using var docker = FromVariables(("DOCKER_HOST", forwarder.Host), ("DOCKER_CERT_PATH", caOnly), ("DOCKER_TLS_VERIFY", "1"));

        var error = await Assert.ThrowsAsync<DriverAuthenticationException>(() => docker.PingAsync());

        Assert.Contains(forwarder.Host, error.Message, StringComparison.Ordinal);
        Assert.Contains("requires a client certificate and none is configured", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
        Assert.True(forwarder.RejectedHandshakes > 0);
    }
}
