using Toolkit.Docker.Containers;

namespace Toolkit.Docker.Tests;

/// <summary>Bad input is rejected before any request, with an error naming the field and what is wrong.</summary>
public sealed class ContainerConfigValidationTests : OfflineDriverTests
{
    private static ContainerConfig Valid => new() { Image = "busybox" };

    public static TheoryData<string, ContainerConfig> Invalid => new()
    {
        { "config.Image", Valid with { Image = " " } },
        { "config.Name", Valid with { Name = "has space" } },
        { "config.Command", Valid with { Command = ["echo", null!] } },
        { "config.Environment", Valid with { Environment = new Dictionary<string, string> { ["A=B"] = "x" } } },
        { "config.WorkingDirectory", Valid with { WorkingDirectory = "relative/dir" } },
        { "config.Resources.MemoryBytes", Valid with { Resources = new ContainerResources { MemoryBytes = 1024 } } },
        { "config.Resources.NanoCpus", Valid with { Resources = new ContainerResources { NanoCpus = 0 } } },
        { "config.Resources.PidsLimit", Valid with { Resources = new ContainerResources { PidsLimit = 0 } } },
        { "config.Resources.PidsLimit", Valid with { Resources = new ContainerResources { PidsLimit = -2 } } },
        { "config.Security.CapabilityAdd", Valid with { Security = ContainerSecurity.Restricted with { CapabilityAdd = ["NET ADMIN"] } } },
        { "config.Mounts[0].Target", Valid with { Mounts = [ContainerMount.Tmpfs("tmp")] } },
        { "config.Mounts[0].Source", Valid with { Mounts = [ContainerMount.Bind("relative", "/data")] } },
        { "config.HealthCheck.Command", Valid with { HealthCheck = new ContainerHealthCheck { Command = [] } } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_config_is_rejected_naming_the_field(string field, ContainerConfig config)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Docker.Containers.CreateAsync(config));

        Assert.Equal(field, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exec_without_a_command_is_rejected_naming_the_field()
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Docker.Containers.ExecAsync("c", new ExecRequest { Command = [] }));

        Assert.Equal("request.Command", error.ParamName);
    }

    [Fact]
    public async Task An_empty_container_name_is_rejected_naming_the_parameter()
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Docker.Containers.StartAsync(""));

        Assert.Equal("container", error.ParamName);
    }

    [Fact]
    public void Logs_asking_for_no_stream_are_rejected_when_called_not_when_enumerated()
    {
        var error = Assert.Throws<ArgumentException>(() => Docker.Containers.GetLogsAsync("c", new ContainerLogOptions { StandardOutput = false, StandardError = false }));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Options_are_checked_when_the_driver_is_created()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DockerDriver.Create(new DockerDriverOptions { RequestTimeout = TimeSpan.Zero }));

        Assert.Equal("options.RequestTimeout", error.ParamName);
    }

    [Fact]
    public void The_default_security_drops_every_capability_and_forbids_privilege_escalation()
    {
        var config = Valid;

        Assert.Equal(["ALL"], config.Security.CapabilityDrop);
        Assert.True(config.Security.NoNewPrivileges);
        Assert.Empty(config.Security.CapabilityAdd);
    }
}
