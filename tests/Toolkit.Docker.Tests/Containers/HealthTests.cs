using Toolkit.Docker.Containers;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class HealthTests(EngineFixture engine)
{
    private IContainerDriver Containers => engine.Driver.Containers;

    private static ContainerHealthCheck Probe(params string[] command) => new()
    {
        Command = command,
        Interval = TimeSpan.FromMilliseconds(200),
        Timeout = TimeSpan.FromSeconds(5),
        Retries = 2,
    };

    [Fact]
    public async Task A_container_becomes_healthy_once_its_probe_passes()
    {
        var created = await Containers.CreateAsync(new ContainerConfig
        {
            Image = engine.Image,
            Command = ["sh", "-c", "sleep 1; touch /tmp/ready; sleep 600"],
            HealthCheck = Probe("test", "-f", "/tmp/ready"),
            Init = true,
        });
        await Containers.StartAsync(created.Id);

        var health = await Containers.WaitUntilHealthyAsync(created.Id, TimeSpan.FromMinutes(1));

        Assert.Equal(ContainerHealthStatus.Healthy, health.Status);
        Assert.True(await Containers.IsHealthyAsync(created.Id));
        Assert.Contains(health.Probes, p => p.ExitCode == 0);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task A_probe_that_keeps_failing_makes_the_container_unhealthy()
    {
        var created = await Containers.CreateAsync(new ContainerConfig
        {
            Image = engine.Image,
            Command = ["sleep", "600"],
            HealthCheck = Probe("sh", "-c", "echo not yet; exit 1"),
            Init = true,
        });
        await Containers.StartAsync(created.Id);

        // Polled, with a generous guard so a broken engine fails the test instead of hanging it.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        ContainerHealth health;
        do
        {
            await Task.Delay(200, guard.Token);
            health = await Containers.GetHealthAsync(created.Id, guard.Token);
        }
        while (health.Status == ContainerHealthStatus.Starting);

        Assert.Equal(ContainerHealthStatus.Unhealthy, health.Status);
        Assert.False(await Containers.IsHealthyAsync(created.Id));
        Assert.Contains("not yet", health.Probes[^1].Output, StringComparison.Ordinal);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task A_container_without_a_health_check_reports_none()
    {
        var created = await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["true"] });

        var health = await Containers.GetHealthAsync(created.Id);

        Assert.Equal(ContainerHealthStatus.None, health.Status);
        await Assert.ThrowsAsync<ContainerStartException>(() => Containers.WaitUntilHealthyAsync(created.Id, TimeSpan.FromSeconds(5)));
        await Containers.RemoveAsync(created.Id);
    }

    [Fact]
    public async Task Waiting_for_health_fails_fast_with_the_exit_code_and_output_when_the_container_dies()
    {
        var created = await Containers.CreateAsync(new ContainerConfig
        {
            Image = engine.Image,
            Command = ["sh", "-c", "echo config file missing >&2; exit 3"],
            HealthCheck = Probe("true"),
        });
        await Containers.StartAsync(created.Id);

        var error = await Assert.ThrowsAsync<ContainerStartException>(() => Containers.WaitUntilHealthyAsync(created.Id, TimeSpan.FromMinutes(5)));

        Assert.Contains("exit code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("config file missing", error.Message, StringComparison.Ordinal);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }
}
