using System.Collections.Concurrent;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Volumes;
using Toolkit.Errors;

namespace Toolkit.Docker.Sessions;

/// <summary><see cref="IDockerSessionDriver"/>: finds resources by the session label and removes them in dependency order.</summary>
internal sealed class DockerSessionDriver(IContainerDriver containers, IImageDriver images, IVolumeDriver volumes, INetworkDriver networks) : IDockerSessionDriver
{
    private const string RemoveOperation = "RemoveSession";
    private const int Parallelism = 8;

    public async Task<IReadOnlyList<DockerSessionInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var any = new Dictionary<string, string?> { [DockerLabels.Session] = null };
        var containerList = await containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = any }, cancellationToken).ConfigureAwait(false);
        var imageList = await images.ListAsync(new ImageListOptions { Labels = any }, cancellationToken).ConfigureAwait(false);
        var volumeList = await volumes.ListAsync(new VolumeListOptions { Labels = any }, cancellationToken).ConfigureAwait(false);
        var networkList = await networks.ListAsync(new NetworkListOptions { Labels = any }, cancellationToken).ConfigureAwait(false);

        var sessions = new Dictionary<string, Tally>(StringComparer.Ordinal);
        void Count(IReadOnlyDictionary<string, string> labels, int kind)
        {
            if (!labels.TryGetValue(DockerLabels.Session, out var id))
            {
                return;
            }

            if (!sessions.TryGetValue(id, out var tally))
            {
                sessions[id] = tally = new Tally();
            }

            tally.Owner ??= DockerSessionOwner.FromLabels(labels);
            tally.Persistent |= labels.TryGetValue(DockerLabels.Persistent, out var persistent) && persistent == "true";
            tally.Counts[kind]++;
        }

        foreach (var c in containerList)
        {
            Count(c.Labels, 0);
        }

        foreach (var i in imageList)
        {
            Count(i.Labels, 1);
        }

        foreach (var v in volumeList)
        {
            Count(v.Labels, 2);
        }

        foreach (var n in networkList)
        {
            Count(n.Labels, 3);
        }

        return [.. sessions.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new DockerSessionInfo(
            s.Key,
            s.Value.Owner,
            !s.Value.Persistent && (s.Value.Owner?.IsDeadOnThisHost ?? false),
            s.Value.Counts[0],
            s.Value.Counts[1],
            s.Value.Counts[2],
            s.Value.Counts[3]))];
    }

    private sealed class Tally
    {
        public DockerSessionOwner? Owner { get; set; }

        public bool Persistent { get; set; }

        public int[] Counts { get; } = new int[4];
    }

    public async Task<SessionCleanupReport> RemoveAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var labels = new Dictionary<string, string?> { [DockerLabels.Session] = sessionId };
        var removed = new ConcurrentQueue<SessionResource>();
        var failures = new ConcurrentDictionary<(DockerResourceKind, string), Exception>();

        async Task RemoveOne(DockerResourceKind kind, string id, Func<CancellationToken, Task> remove, CancellationToken token)
        {
            try
            {
                await remove(token).ConfigureAwait(false);
                removed.Enqueue(new SessionResource(kind, id));
                failures.TryRemove((kind, id), out _);
            }
            catch (DriverException ex) when (ex.Code is DriverErrorCodes.ContainerNotFound or DriverErrorCodes.ImageNotFound or DriverErrorCodes.VolumeNotFound or DriverErrorCodes.NetworkNotFound)
            {
                // Gone already (removed with its container, or by someone else): that is what we wanted.
                removed.Enqueue(new SessionResource(kind, id));
                failures.TryRemove((kind, id), out _);
            }
            catch (DockerConflictException ex) when (ex.EngineMessage.Contains("already in progress", StringComparison.OrdinalIgnoreCase))
            {
                // Someone else (a run finishing at the same moment) is removing it already.
                removed.Enqueue(new SessionResource(kind, id));
                failures.TryRemove((kind, id), out _);
            }
            catch (DriverException ex)
            {
                failures[(kind, id)] = ex;
            }
        }

        // Containers first (they hold networks, volumes and images), then what they were using.
        var containerList = await containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = labels }, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(containerList, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, (c, token) =>
            new ValueTask(RemoveOne(DockerResourceKind.Container, c.Id, t => containers.RemoveAsync(c.Id, ContainerRemoveOptions.ForceWithVolumes, t), token))).ConfigureAwait(false);

        var networkList = await networks.ListAsync(new NetworkListOptions { Labels = labels }, cancellationToken).ConfigureAwait(false);
        foreach (var network in networkList)
        {
            await RemoveOne(DockerResourceKind.Network, network.Id, t => networks.RemoveAsync(network.Id, t), cancellationToken).ConfigureAwait(false);
        }

        var volumeList = await volumes.ListAsync(new VolumeListOptions { Labels = labels }, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(volumeList, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, (v, token) =>
            new ValueTask(RemoveOne(DockerResourceKind.Volume, v.Name, t => volumes.RemoveAsync(v.Name, force: true, t), token))).ConfigureAwait(false);

        // Newest first, so an image built on another of the session's images goes before its base; a second
        // pass catches any order the creation times did not reveal.
        var imageList = await images.ListAsync(new ImageListOptions { Labels = labels, IncludeIntermediate = true }, cancellationToken).ConfigureAwait(false);
        var ordered = imageList.OrderByDescending(i => i.Created).ToList();
        for (var pass = 0; pass < 2 && ordered.Count > 0; pass++)
        {
            foreach (var image in ordered)
            {
                await RemoveOne(DockerResourceKind.Image, image.Id, t => images.RemoveAsync(image.Id, new ImageRemoveOptions { Force = true }, t), cancellationToken).ConfigureAwait(false);
            }

            ordered = [.. ordered.Where(i => failures.ContainsKey((DockerResourceKind.Image, i.Id)))];
        }

        var report = new SessionCleanupReport(
            sessionId,
            [.. removed],
            [.. failures.Select(f => new SessionCleanupFailure(f.Key.Item1, f.Key.Item2, f.Value)).OrderBy(f => f.Kind).ThenBy(f => f.Id, StringComparer.Ordinal)]);
        return report.Succeeded ? report : throw new SessionCleanupException(report, RemoveOperation);
    }

    public async Task<IReadOnlyList<SessionCleanupReport>> RemoveOrphanedAsync(CancellationToken cancellationToken = default)
    {
        var reports = new List<SessionCleanupReport>();
        SessionCleanupException? firstFailure = null;
        foreach (var session in await ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!session.IsOrphaned)
            {
                continue;
            }

            try
            {
                reports.Add(await RemoveAsync(session.Id, cancellationToken).ConfigureAwait(false));
            }
            catch (SessionCleanupException ex)
            {
                reports.Add(ex.Report);
                firstFailure ??= ex;
            }
        }

        return firstFailure is null ? reports : throw firstFailure;
    }
}
