using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>Version negotiation and error mapping against a fake engine that answers what a real one rarely does.</summary>
public sealed class FakeEngineTransportTests
{
    private static DockerDriver Connect(FakeEngine engine, TimeSpan? requestTimeout = null) => DockerDriver.Create(new DockerDriverOptions
    {
        Endpoint = DockerEndpoint.Create(engine.Host),
        RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
    });

    [Fact]
    public async Task An_engine_older_than_API_1_41_is_refused_with_a_clear_error()
    {
        await using var engine = FakeEngine.WithVersion("1.40");
        await using var docker = Connect(engine);

        var error = await Assert.ThrowsAsync<DockerEngineVersionException>(() => docker.Containers.ListAsync());

        Assert.Equal(DriverErrorCodes.EngineVersionUnsupported, error.Code);
        Assert.Contains("1.40", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.41 or newer", error.Message, StringComparison.Ordinal);
        Assert.Contains(engine.SocketPath, error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_newer_engine_is_spoken_to_in_the_newest_version_the_driver_handles()
    {
        await using var engine = FakeEngine.WithVersion("1.50");
        await using var docker = Connect(engine);

        var ping = await docker.PingAsync();
        await docker.Containers.ListAsync();

        Assert.Equal(("1.50", "1.45"), (ping.EngineApiVersion, ping.NegotiatedApiVersion));
        Assert.Contains(engine.RequestLines, line => line.StartsWith("GET /v1.45/containers/json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_negotiated_version_is_used_in_every_request_path_after_a_single_ping()
    {
        await using var engine = FakeEngine.WithVersion("1.43");
        await using var docker = Connect(engine);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => docker.Containers.ListAsync()));

        Assert.Single(engine.RequestLines, line => line.Contains("/_ping", StringComparison.Ordinal));
        Assert.Equal(5, engine.RequestLines.Count(line => line.StartsWith("GET /v1.43/containers/json", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_endpoint_that_is_not_an_engine_says_so()
    {
        await using var engine = FakeEngine.WithVersion(apiVersion: null);
        await using var docker = Connect(engine);

        var error = await Assert.ThrowsAsync<DriverHealthException>(() => docker.PingAsync());

        Assert.Contains("API-Version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_with_the_engines_message_becomes_container_not_found()
    {
        await using var engine = FakeEngine.WithVersion("1.41", _ => FakeResponse.Json(404, """{"message":"No such container: ghost"}"""));
        await using var docker = Connect(engine);

        var error = await Assert.ThrowsAsync<ContainerNotFoundException>(() => docker.Containers.InspectAsync("ghost"));

        Assert.Equal("ghost", error.Container);
        Assert.Equal(DriverErrorCodes.ContainerNotFound, error.Code);
    }

    [Fact]
    public async Task A_503_is_a_retryable_engine_error_carrying_the_engines_text()
    {
        await using var engine = FakeEngine.WithVersion("1.41", _ => FakeResponse.Json(503, """{"message":"daemon is shutting down"}"""));
        await using var docker = Connect(engine);

        var error = await Assert.ThrowsAsync<DockerEngineException>(() => docker.Volumes.ListAsync());

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("daemon is shutting down", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task An_error_body_that_is_not_json_is_reported_as_text()
    {
        await using var engine = FakeEngine.WithVersion("1.41", _ => FakeResponse.Text(500, "proxy exploded"));
        await using var docker = Connect(engine);

        var error = await Assert.ThrowsAsync<DockerEngineException>(() => docker.Networks.ListAsync());

        Assert.Contains("proxy exploded", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_call_slower_than_its_timeout_fails_with_a_retryable_timeout()
    {
        await using var engine = FakeEngine.WithVersion("1.41", _ => FakeResponse.Json(200, "[]") with { Delay = TimeSpan.FromSeconds(30) });
        await using var docker = Connect(engine, requestTimeout: TimeSpan.FromMilliseconds(300));
        await docker.PingAsync();

        var error = await Assert.ThrowsAsync<DriverTimeoutException>(() => docker.Containers.ListAsync());

        Assert.Equal("ListContainers", error.Operation);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task A_cancelled_call_is_reported_as_cancelled_not_as_a_failure()
    {
        await using var engine = FakeEngine.WithVersion("1.41", _ => FakeResponse.Json(200, "[]") with { Delay = TimeSpan.FromSeconds(30) });
        await using var docker = Connect(engine);
        await docker.PingAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => docker.Containers.ListAsync(cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task A_pinned_api_version_skips_the_ping()
    {
        await using var engine = FakeEngine.WithVersion("1.41");
        await using var docker = DockerDriver.Create(new DockerDriverOptions { Endpoint = DockerEndpoint.Create(engine.Host), ApiVersion = "1.41" });

        await docker.Images.ListAsync();

        Assert.DoesNotContain(engine.RequestLines, line => line.Contains("/_ping", StringComparison.Ordinal));
        Assert.Contains(engine.RequestLines, line => line.StartsWith("GET /v1.41/images/json", StringComparison.Ordinal));
    }
}
