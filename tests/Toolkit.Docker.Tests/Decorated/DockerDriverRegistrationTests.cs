using Microsoft.Extensions.DependencyInjection;
using Toolkit.Docker;
using Toolkit.Errors;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Docker.Tests;

/// <summary>
/// <c>AddDockerDriver</c> registers the driver's interfaces through the generated registrations: each resolves to
/// its generated validating and tracking decorators around the real driver, which really talks to the engine.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DockerDriverRegistrationTests(EngineFixture engine)
{
    [Fact]
    public async Task Every_interface_resolves_to_its_validating_decorator_and_shares_one_driver()
    {
        await using var provider = new ServiceCollection()
            .AddDockerDriver(new DockerDriverOptions { Endpoint = DockerEndpoint.Create("unix:///nonexistent/docker.sock") })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<ValidatingContainerDriver>(provider.GetRequiredService<IContainerDriver>());
        Assert.IsType<ValidatingImageDriver>(provider.GetRequiredService<IImageDriver>());
        Assert.IsType<ValidatingVolumeDriver>(provider.GetRequiredService<IVolumeDriver>());
        Assert.IsType<ValidatingNetworkDriver>(provider.GetRequiredService<INetworkDriver>());
        Assert.IsType<ValidatingDockerSessionDriver>(provider.GetRequiredService<IDockerSessionDriver>());
        Assert.Same(provider.GetRequiredService<DockerDriver>(), provider.GetRequiredService<DockerDriver>());
    }

    [Fact]
    public async Task Decorators_can_be_switched_off()
    {
        await using var provider = new ServiceCollection()
            .AddDockerDriver(new DockerDriverOptions { Endpoint = DockerEndpoint.Create("unix:///nonexistent/docker.sock") }, DriverDecorators.Tracking)
            .BuildServiceProvider();

        Assert.IsType<TrackingContainerDriver>(provider.GetRequiredService<IContainerDriver>());
    }

    [Fact]
    public async Task A_container_run_through_the_resolved_chain_is_tracked_and_cleaned_up_with_the_provider()
    {
        var sink = new InMemoryCallSink();
        string sessionId;
        string containerId;
        await using (var provider = new ServiceCollection()
            .AddSingleton<ICallSink>(sink)
            .AddDockerDriver(new DockerDriverOptions { SessionName = "tk-docker-di" })
            .BuildServiceProvider())
        {
            var containers = provider.GetRequiredService<IContainerDriver>();
            sessionId = provider.GetRequiredService<DockerDriver>().SessionId;

            var run = await containers.RunAsync(new ContainerConfig { Image = engine.Image, Command = ["echo", "from DI"] }, new ContainerRunOptions { KeepContainer = true });
            containerId = run.Id;
            await Assert.ThrowsAsync<ContainerNotFoundException>(() => containers.InspectAsync("tk-docker-test-missing-" + Guid.NewGuid().ToString("N")));
            await Assert.ThrowsAsync<DriverValidationException>(() => containers.RunAsync(new ContainerConfig { Image = "" }));

            Assert.Equal("from DI\n", run.StandardOutput);
            Assert.Collection(
                sink.Calls,
                call => Assert.Equal(("docker.container", "RunAsync", CallOutcome.Succeeded), (call.Driver, call.Operation, call.Outcome)),
                call => Assert.Equal(("InspectAsync", CallOutcome.Failed), (call.Operation, call.Outcome)));
        }

        // Disposing the provider disposed the DockerDriver singleton, which removed what its session created.
        var leftovers = await engine.Driver.Containers.ListAsync(new ContainerListOptions
        {
            IncludeStopped = true,
            Labels = new Dictionary<string, string?> { [DockerLabels.Session] = sessionId },
        });
        Assert.Empty(leftovers);
        await Assert.ThrowsAsync<ContainerNotFoundException>(() => engine.Driver.Containers.InspectAsync(containerId));
    }
}
