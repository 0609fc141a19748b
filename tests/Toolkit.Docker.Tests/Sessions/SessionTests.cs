using System.Diagnostics;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Volumes;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class SessionTests(EngineFixture engine)
{
    /// <summary>
    /// Creates one of everything in the session: a running container, a stopped one with an anonymous
    /// volume (which the engine creates with the session's labels), a named volume, a network and an image.
    /// </summary>
    private async Task PopulateAsync(DockerDriver session)
    {
        var running = await session.Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sleep", "600"] });
        await session.Containers.StartAsync(running.Id);
        await session.Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["true"], Mounts = [ContainerMount.Volume(null, "/anonymous")] });
        await session.Volumes.CreateAsync(new VolumeConfig { Name = TestNames.Unique("session-vol") });
        await session.Networks.CreateAsync(new NetworkConfig { Name = TestNames.Unique("session-net") });
        await using var rootfs = await BusyboxRootfs.CreateAsync();
        await session.Images.ImportAsync(rootfs, new ImageImportOptions { Repository = TestNames.Prefix + "session", Tag = session.SessionId[^8..] });
    }

    private async Task<(int Containers, int Images, int Volumes, int Networks)> CountAsync(string sessionId)
    {
        var labels = new Dictionary<string, string?> { [DockerLabels.Session] = sessionId };
        var driver = engine.Driver;
        return (
            (await driver.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = labels })).Count,
            (await driver.Images.ListAsync(new ImageListOptions { Labels = labels })).Count,
            (await driver.Volumes.ListAsync(new VolumeListOptions { Labels = labels })).Count,
            (await driver.Networks.ListAsync(new NetworkListOptions { Labels = labels })).Count);
    }

    [Fact]
    public async Task One_call_removes_everything_a_session_created()
    {
        await using var session = engine.Driver.OpenSession("tk-one-call");
        await PopulateAsync(session);
        Assert.Equal((2, 1, 2, 1), await CountAsync(session.SessionId));

        var report = await session.RemoveSessionResourcesAsync();

        Assert.True(report.Succeeded);
        Assert.Equal([DockerResourceKind.Container, DockerResourceKind.Container, DockerResourceKind.Image, DockerResourceKind.Network], report.Removed.Select(r => r.Kind).Where(k => k != DockerResourceKind.Volume).Order());
        Assert.Equal((0, 0, 0, 0), await CountAsync(session.SessionId));
    }

    [Fact]
    public async Task Disposing_a_session_removes_its_resources_and_leaves_other_sessions_alone()
    {
        var session = engine.Driver.OpenSession("tk-dispose");
        await PopulateAsync(session);
        await using var neighbour = engine.Driver.OpenSession("tk-neighbour");
        var kept = await neighbour.Volumes.CreateAsync(new VolumeConfig { Name = TestNames.Unique("neighbour") });

        await session.DisposeAsync();

        Assert.Equal((0, 0, 0, 0), await CountAsync(session.SessionId));
        Assert.Equal(kept.Name, (await engine.Driver.Volumes.InspectAsync(kept.Name)).Name);
        Assert.Equal((0, 0, 1, 0), await CountAsync(neighbour.SessionId));
    }

    [Fact]
    public async Task The_resources_of_a_crashed_process_are_found_by_label_and_removed()
    {
        // A real process that owns the session and then dies without cleaning up.
        using var owner = Process.Start(new ProcessStartInfo("/bin/sleep", "600") { UseShellExecute = false })!;
        var deadOwner = DockerSessionOwner.ForProcess(owner);
        var crashed = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-crashed" }, deadOwner);
        await PopulateAsync(crashed);
        owner.Kill();
        await owner.WaitForExitAsync();
        crashed.ReleaseWithoutCleanup();

        var sessions = await engine.Driver.Sessions.ListAsync();
        var found = Assert.Single(sessions, s => s.Id == crashed.SessionId);
        var ours = Assert.Single(sessions, s => s.Id == engine.Driver.SessionId);
        var reports = await engine.Driver.Sessions.RemoveOrphanedAsync();

        Assert.True(found.IsOrphaned);
        Assert.Equal((2, 1, 2, 1), (found.Containers, found.Images, found.Volumes, found.Networks));
        Assert.Equal(deadOwner, found.Owner);
        Assert.False(ours.IsOrphaned);
        Assert.Contains(reports, r => r.SessionId == crashed.SessionId && r.Succeeded);
        Assert.Equal((0, 0, 0, 0), await CountAsync(crashed.SessionId));
        Assert.NotEqual((0, 0, 0, 0), await CountAsync(engine.Driver.SessionId));
    }

    [Fact]
    public async Task A_session_meant_to_outlive_its_process_is_never_reaped_as_an_orphan()
    {
        using var owner = Process.Start(new ProcessStartInfo("/bin/sleep", "600") { UseShellExecute = false })!;
        var deadOwner = DockerSessionOwner.ForProcess(owner);
        var kept = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-persistent", RemoveResourcesOnDispose = false }, deadOwner);
        var volume = await kept.Volumes.CreateAsync(new VolumeConfig { Name = TestNames.Unique("persistent") });
        owner.Kill();
        await owner.WaitForExitAsync();
        await kept.DisposeAsync();

        var found = Assert.Single(await engine.Driver.Sessions.ListAsync(), s => s.Id == kept.SessionId);
        await engine.Driver.Sessions.RemoveOrphanedAsync();

        Assert.False(found.IsOrphaned);
        Assert.Equal("true", (await engine.Driver.Volumes.InspectAsync(volume.Name)).Labels[DockerLabels.Persistent]);
        await engine.Driver.Sessions.RemoveAsync(kept.SessionId);
        await Assert.ThrowsAsync<Toolkit.Errors.VolumeNotFoundException>(() => engine.Driver.Volumes.InspectAsync(volume.Name));
    }
}
