using Toolkit.Docker.Containers;
using Toolkit.Docker.Sessions;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class LifecycleTests(EngineFixture engine)
{
    private IContainerDriver Containers => engine.Driver.Containers;

    private ContainerConfig Sleeper(string? name = null) => new()
    {
        Image = engine.Image,
        Name = name,
        Command = ["sleep", "300"],

        // An init as PID 1 forwards SIGTERM, so stops are quick.
        Init = true,
    };

    [Fact]
    public async Task A_container_goes_through_create_start_stop_and_remove()
    {
        var created = await Containers.CreateAsync(Sleeper());
        Assert.Equal(ContainerStatus.Created, (await Containers.InspectAsync(created.Id)).State.Status);

        Assert.True(await Containers.StartAsync(created.Id));
        var running = await Containers.InspectAsync(created.Id);
        Assert.True(running.State.Running);
        Assert.Equal(engine.Driver.SessionId, running.Labels[DockerLabels.Session]);

        Assert.True(await Containers.StopAsync(created.Id, TimeSpan.FromSeconds(10)));
        Assert.Equal(ContainerStatus.Exited, (await Containers.InspectAsync(created.Id)).State.Status);

        await Containers.RemoveAsync(created.Id);
        await Assert.ThrowsAsync<ContainerNotFoundException>(() => Containers.InspectAsync(created.Id));
    }

    [Fact]
    public async Task Starting_a_running_container_is_a_no_op_reported_as_false()
    {
        var created = await Containers.CreateAsync(Sleeper());
        await Containers.StartAsync(created.Id);

        Assert.False(await Containers.StartAsync(created.Id));

        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task Stopping_a_stopped_container_is_a_no_op_reported_as_false()
    {
        var created = await Containers.CreateAsync(Sleeper());

        Assert.False(await Containers.StopAsync(created.Id));

        await Containers.RemoveAsync(created.Id);
    }

    [Fact]
    public async Task Removing_a_running_container_without_force_is_a_conflict_with_the_engines_message()
    {
        var created = await Containers.CreateAsync(Sleeper());
        await Containers.StartAsync(created.Id);

        var error = await Assert.ThrowsAsync<DockerConflictException>(() => Containers.RemoveAsync(created.Id));

        Assert.Equal(DriverErrorCodes.ResourceConflict, error.Code);
        Assert.Contains("running container", error.EngineMessage, StringComparison.OrdinalIgnoreCase);
        Assert.False(error.IsRetryable);
        Assert.True((await Containers.InspectAsync(created.Id)).State.Running);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task A_name_already_in_use_is_a_conflict_naming_it()
    {
        var name = TestNames.Unique("dup");
        var first = await Containers.CreateAsync(Sleeper(name));

        var error = await Assert.ThrowsAsync<DockerConflictException>(() => Containers.CreateAsync(Sleeper(name)));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("already in use", error.EngineMessage, StringComparison.Ordinal);
        await Containers.RemoveAsync(first.Id);
    }

    [Fact]
    public async Task A_missing_image_is_image_not_found()
    {
        var error = await Assert.ThrowsAsync<ImageNotFoundException>(() => Containers.CreateAsync(new ContainerConfig { Image = "toolkit-docker-tests:no-such-tag" }));

        Assert.Equal(DriverErrorCodes.ImageNotFound, error.Code);
        Assert.Contains("toolkit-docker-tests:no-such-tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_container_is_container_not_found()
    {
        var missing = TestNames.Unique("ghost");

        var error = await Assert.ThrowsAsync<ContainerNotFoundException>(() => Containers.StartAsync(missing));

        Assert.Equal(missing, error.Container);
    }

    [Fact]
    public async Task A_command_that_does_not_exist_fails_the_start()
    {
        var created = await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["/no/such/program"] });

        var error = await Assert.ThrowsAsync<ContainerStartException>(() => Containers.StartAsync(created.Id));

        Assert.Contains("/no/such/program", error.Message, StringComparison.Ordinal);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task Kill_delivers_the_signal_and_the_exit_code_shows_it()
    {
        var created = await Containers.CreateAsync(Sleeper() with { Init = false });
        await using var wait = await Containers.BeginWaitAsync(created.Id);
        await Containers.StartAsync(created.Id);

        await Containers.KillAsync(created.Id, "SIGKILL");
        var exit = await wait.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(137, exit.ExitCode);
        await Containers.RemoveAsync(created.Id);
    }

    [Fact]
    public async Task Killing_a_stopped_container_is_a_conflict()
    {
        var created = await Containers.CreateAsync(Sleeper());

        await Assert.ThrowsAsync<DockerConflictException>(() => Containers.KillAsync(created.Id));

        await Containers.RemoveAsync(created.Id);
    }

    [Fact]
    public async Task A_next_exit_wait_registered_before_start_sees_a_container_that_exits_at_once()
    {
        var created = await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "exit 7"] });
        await using var wait = await Containers.BeginWaitAsync(created.Id, ContainerWaitCondition.NextExit);

        await Containers.StartAsync(created.Id);
        var exit = await wait.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(7, exit.ExitCode);
        await Containers.RemoveAsync(created.Id);
    }

    [Fact]
    public async Task Waiting_on_a_container_that_does_not_exit_times_out_with_a_retryable_error()
    {
        var created = await Containers.CreateAsync(Sleeper());
        await Containers.StartAsync(created.Id);

        var error = await Assert.ThrowsAsync<DriverTimeoutException>(() => Containers.WaitAsync(created.Id, TimeSpan.FromMilliseconds(300)));

        Assert.True(error.IsRetryable);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task List_filters_by_label_and_includes_stopped_containers_only_when_asked()
    {
        var marker = Guid.NewGuid().ToString("N");
        var labels = new Dictionary<string, string> { ["tk.test.marker"] = marker };
        var running = await Containers.CreateAsync(Sleeper() with { Labels = labels });
        var stopped = await Containers.CreateAsync(Sleeper() with { Labels = labels });
        await Containers.StartAsync(running.Id);
        var filter = new Dictionary<string, string?> { ["tk.test.marker"] = marker };

        var onlyRunning = await Containers.ListAsync(new ContainerListOptions { Labels = filter });
        var all = await Containers.ListAsync(new ContainerListOptions { Labels = filter, IncludeStopped = true });

        Assert.Equal([running.Id], onlyRunning.Select(c => c.Id));
        Assert.Equal(new[] { running.Id, stopped.Id }.Order(), all.Select(c => c.Id).Order());
        Assert.All(all, c => Assert.Equal(marker, c.Labels["tk.test.marker"]));
        await Containers.RemoveAsync(running.Id, ContainerRemoveOptions.ForceWithVolumes);
        await Containers.RemoveAsync(stopped.Id);
    }

    [Fact]
    public async Task Run_returns_exit_code_and_separate_output_and_removes_the_container()
    {
        var result = await Containers.RunAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "echo out; echo err >&2; exit 3"] });

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("out\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
        await Assert.ThrowsAsync<ContainerNotFoundException>(() => Containers.InspectAsync(result.Id));
    }

    [Fact]
    public async Task Run_with_a_timeout_kills_and_removes_a_container_that_runs_too_long()
    {
        var name = TestNames.Unique("slow");

        var error = await Assert.ThrowsAsync<DriverTimeoutException>(() => Containers.RunAsync(Sleeper(name), new ContainerRunOptions { Timeout = TimeSpan.FromMilliseconds(500) }));

        Assert.Equal("RunContainer", error.Operation);
        Assert.Empty(await Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Name = name }));
    }

    [Fact]
    public async Task Inspect_reports_what_the_config_asked_for()
    {
        var created = await Containers.CreateAsync(new ContainerConfig
        {
            Image = engine.Image,
            Command = ["true"],
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello world" },
            WorkingDirectory = "/tmp",
            User = "1234:1234",
            Resources = new ContainerResources { NanoCpus = 500_000_000, MemoryBytes = 64 * 1024 * 1024, PidsLimit = 32 },
            Security = ContainerSecurity.Restricted with { ReadOnlyRootFilesystem = true, CapabilityAdd = ["NET_BIND_SERVICE"] },
        });

        var details = await Containers.InspectAsync(created.Id);

        Assert.Contains("GREETING=hello world", details.Environment);
        Assert.Equal(("/tmp", "1234:1234"), (details.WorkingDirectory, details.User));
        Assert.Equal((500_000_000L, 64L * 1024 * 1024, 32L), (details.Resources.NanoCpus, details.Resources.MemoryBytes, details.Resources.PidsLimit));
        Assert.True(details.Security.ReadOnlyRootFilesystem);
        Assert.True(details.Security.NoNewPrivileges);
        Assert.Equal(["ALL"], details.Security.CapabilityDrop);
        Assert.Equal(["NET_BIND_SERVICE"], details.Security.CapabilityAdd);
        await Containers.RemoveAsync(created.Id);
    }
}
