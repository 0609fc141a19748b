using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>
/// A copy into a container whose host side is wrong fails on the host, before any request: the driver here has no
/// engine to reach.
/// </summary>
public sealed class HostCopyErrorTests : OfflineDriverTests
{
    [Fact]
    public async Task A_host_path_that_does_not_exist_is_a_file_system_error_before_any_request()
    {
        var error = await Assert.ThrowsAsync<FileSystemException>(() => Docker.Containers.CopyToContainerAsync("any-container", "/no/such/host/file", "/tmp"));

        Assert.Contains("/no/such/host/file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_side_copy_failure_names_the_docker_driver()
    {
        var error = await Assert.ThrowsAsync<FileSystemException>(() => Docker.Containers.CopyToContainerAsync("any-container", "/no/such/host/file", "/tmp"));

        Assert.Equal(DriverNames.Docker, error.Driver);
        Assert.Equal("CopyToContainer", error.Operation);
    }
}
