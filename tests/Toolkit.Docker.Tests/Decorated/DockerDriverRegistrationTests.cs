using Microsoft.Extensions.DependencyInjection;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Sessions;
using Toolkit.Errors;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Docker.Tests;

/// <summary>
/// <c>AddDockerDriver</c> against the real engine: a container run through the resolved chain is tracked, and the
/// provider's disposal removes what its session created.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DockerDriverRegistrationTests(EngineFixture engine)
{
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
