using Toolkit.Docker.Containers;
using Toolkit.Docker.Sessions;

namespace Toolkit.Docker.Tests;

/// <summary>What the config promises, checked from inside the container.</summary>
[Collection(EngineCollection.Name)]
public sealed class ConfinementTests(EngineFixture engine)
{
    private IContainerDriver Containers => engine.Driver.Containers;

    private ContainerConfig Shell(string script) => new() { Image = engine.Image, Command = ["sh", "-c", script] };

    private static string StatusLine(string status, string name) =>
        status.Split('\n').Single(line => line.StartsWith(name + ":", StringComparison.Ordinal)).Split(':', 2)[1].Trim();

    [Fact]
    public async Task A_memory_hog_is_killed_at_the_limit_and_inspect_reports_OOMKilled()
    {
        // The string doubles until it no longer fits in 16 MiB.
        var config = Shell("x=aaaaaaaaaaaaaaaa; while true; do x=$x$x; done") with
        {
            Resources = new ContainerResources { MemoryBytes = 16 * 1024 * 1024 },
        };

        var result = await Containers.RunAsync(config, new ContainerRunOptions { KeepContainer = true, Timeout = TimeSpan.FromMinutes(2) });
        var details = await Containers.InspectAsync(result.Id);

        Assert.Equal(137, result.ExitCode);
        Assert.True(details.State.OomKilled);
        await Containers.RemoveAsync(result.Id);
    }

    [Fact]
    public async Task A_pids_limit_stops_a_fork_bomb()
    {
        // Try to start 64 background processes; the shell itself is one of the 8 allowed.
        var config = Shell("i=0; while [ $i -lt 64 ]; do sleep 60 & i=$((i+1)); echo $i; done; echo all-started") with
        {
            Resources = new ContainerResources { PidsLimit = 8 },
            Init = false,
        };

        var result = await Containers.RunAsync(config, new ContainerRunOptions { Timeout = TimeSpan.FromMinutes(2) });
        var started = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.DoesNotContain("all-started", started);
        Assert.InRange(started.Length, 1, 7);
        Assert.Contains("can't fork", result.StandardError, StringComparison.Ordinal);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task A_write_to_a_read_only_root_filesystem_fails_while_a_tmpfs_mount_stays_writable()
    {
        var config = Shell("echo data > /tmp/ok && cat /tmp/ok && echo data > /etc/probe") with
        {
            Security = ContainerSecurity.Restricted with { ReadOnlyRootFilesystem = true },
            Mounts = [ContainerMount.Tmpfs("/tmp", sizeBytes: 1024 * 1024)],
        };

        var result = await Containers.RunAsync(config);

        Assert.Equal("data\n", result.StandardOutput);
        Assert.Contains("Read-only file system", result.StandardError, StringComparison.Ordinal);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task Dropping_all_capabilities_with_no_new_privileges_shows_in_proc_self_status()
    {
        var config = Shell("cat /proc/self/status") with
        {
            Security = new ContainerSecurity { CapabilityDrop = ["ALL"], NoNewPrivileges = true },
        };

        var status = (await Containers.RunAsync(config)).StandardOutput;

        Assert.Equal("1", StatusLine(status, "NoNewPrivs"));
        Assert.Equal("0000000000000000", StatusLine(status, "CapEff"));
        Assert.Equal("0000000000000000", StatusLine(status, "CapPrm"));
    }

    [Fact]
    public async Task The_docker_default_security_keeps_capabilities_so_the_restricted_default_is_a_real_difference()
    {
        var status = (await Containers.RunAsync(Shell("cat /proc/self/status") with { Security = ContainerSecurity.DockerDefault })).StandardOutput;

        Assert.NotEqual("0000000000000000", StatusLine(status, "CapEff"));
        Assert.Equal("0", StatusLine(status, "NoNewPrivs"));
    }

    [Theory]
    [InlineData("1234:1234", "1234 1234")]
    [InlineData("toolkit", "1234 1234")]
    [InlineData("65534:65534", "65534 65534")]
    public async Task The_process_runs_as_the_configured_user(string user, string expected)
    {
        var result = await Containers.RunAsync(Shell("echo $(id -u) $(id -g)") with { User = user });

        Assert.Equal(expected + "\n", result.StandardOutput);
    }

    [Fact]
    public async Task A_bind_mount_shows_the_host_file_read_only()
    {
        using var host = new TempDirectory();
        host.File("greeting.txt", "from the host");
        var config = Shell("cat /data/greeting.txt; echo x > /data/new") with { Mounts = [ContainerMount.Bind(host.Path, "/data", readOnly: true)] };

        var result = await Containers.RunAsync(config);

        Assert.Equal("from the host", result.StandardOutput);
        Assert.Contains("Read-only file system", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(host.Path, "new")));
    }

    [Fact]
    public async Task A_named_volume_created_by_a_mount_keeps_data_between_containers_and_carries_the_session_label()
    {
        var volume = TestNames.Unique("vol");
        var mount = ContainerMount.Volume(volume, "/data");

        await Containers.RunAsync(Shell("echo kept > /data/file") with { Mounts = [mount] });
        var read = await Containers.RunAsync(Shell("cat /data/file") with { Mounts = [mount] });
        var info = await engine.Driver.Volumes.InspectAsync(volume);

        Assert.Equal("kept\n", read.StandardOutput);
        Assert.Equal(engine.Driver.SessionId, info.Labels[DockerLabels.Session]);
        await engine.Driver.Volumes.RemoveAsync(volume);
    }

    [Fact]
    public async Task Environment_and_working_directory_reach_the_process()
    {
        var config = Shell("echo \"$GREETING\" $(pwd)") with
        {
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello 'quoted' world" },
            WorkingDirectory = "/tmp",
        };

        Assert.Equal("hello 'quoted' world /tmp\n", (await Containers.RunAsync(config)).StandardOutput);
    }

    [Fact]
    public async Task Network_mode_none_leaves_only_the_loopback_interface()
    {
        var result = await Containers.RunAsync(Shell("ls /sys/class/net") with { NetworkMode = "none" });

        Assert.Equal("lo\n", result.StandardOutput);
    }
}
