using Toolkit.Docker.Images;
using Toolkit.Docker.Tests;
using Toolkit.Docker;

namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>
/// Makes sure the engine has an image named <c>busybox</c> for the README's Docker example, without a registry:
/// when none is there, the host's static /bin/busybox is imported under that name in a session of its own, and
/// disposing removes it again (an image the engine already had is left alone).
/// </summary>
internal sealed class BusyboxImage : IAsyncDisposable
{
    private readonly DockerDriver _session;

    private BusyboxImage(DockerDriver session) => _session = session;

    public static async Task<BusyboxImage> EnsureAsync()
    {
        var session = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-packaging-tests" });
        var present = await session.Images.ListAsync();
        if (!present.SelectMany(i => i.RepoTags).Contains("busybox:latest"))
        {
            await using var rootfs = await BusyboxRootfs.CreateAsync();
            await session.Images.ImportAsync(rootfs, new ImageImportOptions { Repository = "busybox", Tag = "latest", Changes = ["ENV PATH=/bin"] });
        }

        return new BusyboxImage(session);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
