using Toolkit.Docker.Containers;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>
/// The runtime's own Docker interfaces carry <c>[GenerateValidation]</c>: the generated decorators check the
/// DataAnnotations of the config records, nested objects and collections included, before any request.
/// </summary>
public sealed class ValidatingDockerDriverTests : OfflineDriverTests
{
    [Fact]
    public async Task A_container_config_is_rejected_with_every_failing_field_and_its_full_path()
    {
        IContainerDriver containers = new ValidatingContainerDriver(Docker.Containers);
        var config = new ContainerConfig
        {
            Image = " ",
            Name = "has space",
            Resources = new ContainerResources { MemoryBytes = 1024 },
            Mounts = [ContainerMount.Tmpfs("/tmp"), ContainerMount.Tmpfs("relative")],
        };

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => containers.CreateAsync(config));

        Assert.Equal(
            ["config.Image", "config.Name", "config.Resources.MemoryBytes", "config.Mounts[1].Target"],
            error.Failures.Select(f => f.Path));
        Assert.Equal(["Required", "RegularExpression", "Range", "RegularExpression"], error.Failures.Select(f => f.Rule));
        Assert.Equal(("docker.container", "CreateAsync"), (error.Driver, error.Operation));
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task An_exec_request_is_rejected_naming_its_fields()
    {
        IContainerDriver containers = new ValidatingContainerDriver(Docker.Containers);

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => containers.ExecAsync("c", new ExecRequest { Command = ["id"], WorkingDirectory = "relative" }));

        Assert.Equal("request.WorkingDirectory", Assert.Single(error.Failures).Path);
    }

    [Fact]
    public async Task A_null_container_reference_is_rejected_before_any_request()
    {
        IContainerDriver containers = new ValidatingContainerDriver(Docker.Containers);

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => containers.StartAsync(null!));

        Assert.Equal(("container", "NotNull"), (Assert.Single(error.Failures).Path, error.Failures[0].Rule));
    }

    [Fact]
    public async Task A_valid_call_reaches_the_driver()
    {
        // The engine is unreachable, so reaching the driver shows up as its retryable network error.
        IContainerDriver containers = new ValidatingContainerDriver(Docker.Containers);

        var error = await Assert.ThrowsAnyAsync<DriverException>(() => containers.StopAsync("tk-docker-test-unreachable", TimeSpan.FromSeconds(1)));

        Assert.IsNotType<DriverValidationException>(error);
        Assert.True(error.IsRetryable);
    }
}
