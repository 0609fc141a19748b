using Toolkit.Docker.Containers;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Volumes;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class VolumeTests(EngineFixture engine)
{
    private IVolumeDriver Volumes => engine.Driver.Volumes;

    [Fact]
    public async Task A_volume_is_created_labelled_listed_inspected_and_removed()
    {
        var name = TestNames.Unique("volume");

        var created = await Volumes.CreateAsync(new VolumeConfig { Name = name, Labels = new Dictionary<string, string> { ["tk.test"] = "volume" } });
        var listed = await Volumes.ListAsync(new VolumeListOptions { Labels = new Dictionary<string, string?> { ["tk.test"] = "volume", [DockerLabels.Session] = engine.Driver.SessionId } });
        var inspected = await Volumes.InspectAsync(name);
        await Volumes.RemoveAsync(name);

        Assert.Equal((name, "local"), (created.Name, created.Driver));
        Assert.Equal([name], listed.Select(v => v.Name));
        Assert.Equal(engine.Driver.SessionId, inspected.Labels[DockerLabels.Session]);
        await Assert.ThrowsAsync<VolumeNotFoundException>(() => Volumes.InspectAsync(name));
    }

    [Fact]
    public async Task A_volume_in_use_cannot_be_removed_and_a_missing_one_is_not_found()
    {
        var name = TestNames.Unique("busy");
        await Volumes.CreateAsync(new VolumeConfig { Name = name });
        var user = await engine.Driver.Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["true"], Mounts = [ContainerMount.Volume(name, "/data")] });

        var conflict = await Assert.ThrowsAsync<DockerConflictException>(() => Volumes.RemoveAsync(name));
        await engine.Driver.Containers.RemoveAsync(user.Id);
        await Volumes.RemoveAsync(name);
        var missing = await Assert.ThrowsAsync<VolumeNotFoundException>(() => Volumes.RemoveAsync(name));

        Assert.Contains("in use", conflict.EngineMessage, StringComparison.Ordinal);
        Assert.Equal(name, missing.Volume);
    }

    [Fact]
    public async Task A_volume_without_a_name_gets_a_generated_one()
    {
        var created = await Volumes.CreateAsync(new VolumeConfig());

        Assert.Matches("^[0-9a-f]{64}$", created.Name);
        await Volumes.RemoveAsync(created.Name);
    }
}
