using Toolkit.Docker.Containers;
using Toolkit.Docker.Sessions;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class LoadTests(EngineFixture engine)
{
    [Fact]
    public async Task A_thousand_sequential_calls_reuse_a_bounded_number_of_sockets()
    {
        var before = SocketCounter.Sockets();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var peak = 0;

        // A driver with its own pool, so every new socket below is one of its connections.
        await using (var docker = DockerDriver.Create(new DockerDriverOptions { Endpoint = engine.Driver.Endpoint, SessionName = "tk-sequential" }))
        {
            for (var i = 0; i < 1000; i++)
            {
                switch (i % 4)
                {
                    case 0:
                        await docker.PingAsync();
                        break;
                    case 1:
                        await docker.Containers.ListAsync(ContainerListOptions.All);
                        break;
                    case 2:
                        await docker.Images.InspectAsync(engine.Image);
                        break;
                    default:
                        await docker.Volumes.ListAsync();
                        break;
                }

                if (i % 10 == 0)
                {
                    var opened = SocketCounter.Sockets();
                    opened.ExceptWith(before);
                    seen.UnionWith(opened);
                    peak = Math.Max(peak, opened.Count);
                }
            }
        }

        var after = SocketCounter.Sockets();
        after.ExceptWith(before);

        // Sequential calls need one connection; reuse means the same socket all along, not a new one per call.
        Assert.InRange(peak, 1, 2);
        Assert.InRange(seen.Count, 1, 2);
        Assert.Empty(after);
    }

    [Fact]
    public async Task Fifty_concurrent_lifecycles_all_succeed_and_leave_nothing_behind()
    {
        var before = SocketCounter.Sockets();
        string sessionId;
        int peak;
        // Fifty creates at once on a busy two-core machine can queue in the engine: allow each call more than the default 30 s.
        await using (var session = DockerDriver.Create(new DockerDriverOptions { Endpoint = engine.Driver.Endpoint, SessionName = "tk-concurrent", RequestTimeout = TimeSpan.FromMinutes(2) }))
        {
            sessionId = session.SessionId;
            var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => session.Containers.RunAsync(
                new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", $"echo run-{i}; exit {i % 7}"], Name = TestNames.Unique($"load{i}") },
                new ContainerRunOptions { Timeout = TimeSpan.FromMinutes(4) })));

            Assert.Equal(Enumerable.Range(0, 50).Select(i => (i % 7, $"run-{i}\n")), results.Select(r => (r.ExitCode, r.StandardOutput)));
            var open = SocketCounter.Sockets();
            open.ExceptWith(before);
            peak = open.Count;
        }

        var labels = new Dictionary<string, string?> { [DockerLabels.Session] = sessionId };
        var after = SocketCounter.Sockets();
        after.ExceptWith(before);
        Assert.Empty(await engine.Driver.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = labels }));
        Assert.Empty(await engine.Driver.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Name = TestNames.Prefix + "load" }));

        // Each run holds at most two connections at a time (its wait, and one call); disposing closes them all.
        Assert.InRange(peak, 1, 100);
        Assert.Empty(after);
    }
}
