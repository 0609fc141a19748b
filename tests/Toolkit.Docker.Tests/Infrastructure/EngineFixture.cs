using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Volumes;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

/// <summary>
/// One driver session and one busybox test image for every engine test. At the end it removes the
/// session and then asserts the engine holds nothing of it: a leak fails the run.
/// </summary>
public sealed class EngineFixture : IAsyncLifetime
{
    public const string ImageRepository = "toolkit-docker-tests";

    private DockerDriver? _driver;

    public DockerDriver Driver => _driver ?? throw new InvalidOperationException("No Docker engine: the fixture was not initialised.");

    /// <summary>The test image: busybox with an applet link for each command, a user 'toolkit' (1234:1234) and /etc/passwd.</summary>
    public string Image { get; private set; } = "";

    public string ImageId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _driver = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-docker-tests" });
        try
        {
            await _driver.PingAsync();
        }
        catch (DriverException error)
        {
            await _driver.DisposeAsync();
            _driver = null;

            // Engine tests are never skipped: without an engine every one of them fails with this reason.
            throw new InvalidOperationException(
                "The Docker tests need a running engine: " + error.Message + " Run `bash tests/run.sh`, which installs and starts one.",
                error);
        }

        // Sessions of earlier runs that crashed before cleaning up go first.
        await _driver.Sessions.RemoveOrphanedAsync();

        var tag = _driver.SessionId[^8..];
        await using var rootfs = await BusyboxRootfs.CreateAsync();
        var image = await _driver.Images.ImportAsync(rootfs, new ImageImportOptions
        {
            Repository = ImageRepository,
            Tag = tag,
            Changes = ["ENV PATH=/bin", "CMD [\"/bin/sh\"]"],
        });
        Image = ImageRepository + ":" + tag;
        ImageId = image.Id;
    }

    public async Task DisposeAsync()
    {
        if (_driver is null)
        {
            return;
        }

        await _driver.RemoveSessionResourcesAsync();
        var labels = new Dictionary<string, string?> { [DockerLabels.Session] = _driver.SessionId };
        var containers = await _driver.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = labels });
        var images = await _driver.Images.ListAsync(new ImageListOptions { Labels = labels, IncludeIntermediate = true });
        var volumes = await _driver.Volumes.ListAsync(new VolumeListOptions { Labels = labels });
        var networks = await _driver.Networks.ListAsync(new NetworkListOptions { Labels = labels });
        var byName = await _driver.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Name = TestNames.Prefix });
        var testSessions = (await _driver.Sessions.ListAsync()).Where(s => s.Id.StartsWith("tk-", StringComparison.Ordinal)).ToList();
        await _driver.DisposeAsync();
        var left = containers.Count + images.Count + volumes.Count + networks.Count + byName.Count + testSessions.Count;
        if (left != 0)
        {
            throw new InvalidOperationException(
                $"The Docker tests left {containers.Count} container(s), {images.Count} image(s), {volumes.Count} volume(s), {networks.Count} network(s), "
                + $"{byName.Count} container(s) named {TestNames.Prefix}* and these test sessions on the engine: {string.Join(", ", testSessions)}.");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "Docker engine";
}
