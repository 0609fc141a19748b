using Toolkit.Docker.Containers;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Sessions;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class NetworkTests(EngineFixture engine)
{
    private INetworkDriver Networks => engine.Driver.Networks;

    [Fact]
    public async Task Containers_on_a_user_network_reach_each_other_by_alias()
    {
        var network = await Networks.CreateAsync(new NetworkConfig { Name = TestNames.Unique("net"), Internal = true });
        var server = await engine.Driver.Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sleep", "600"], Init = true, NetworkMode = "none" });
        await engine.Driver.Containers.StartAsync(server.Id);

        // 'none' cannot be combined with another network: detach it first, then join the user network.
        await Networks.DisconnectAsync("none", server.Id);
        await Networks.ConnectAsync(network.Name, server.Id, ["database"]);
        var client = await engine.Driver.Containers.RunAsync(new ContainerConfig { Image = engine.Image, Command = ["ping", "-c", "1", "-W", "5", "database"], NetworkMode = network.Name, Security = ContainerSecurity.Restricted with { CapabilityAdd = ["NET_RAW"] } });
        var inspected = await Networks.InspectAsync(network.Id);
        var details = await engine.Driver.Containers.InspectAsync(server.Id);

        Assert.Equal(0, client.ExitCode);
        Assert.Contains("1 packets received", client.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(server.Id, inspected.Containers);
        Assert.Contains("database", details.Networks[network.Name].Aliases);
        Assert.Equal(engine.Driver.SessionId, inspected.Labels[DockerLabels.Session]);

        await Networks.DisconnectAsync(network.Name, server.Id, force: true);
        await engine.Driver.Containers.RemoveAsync(server.Id, ContainerRemoveOptions.ForceWithVolumes);
        await Networks.RemoveAsync(network.Id);
        await Assert.ThrowsAsync<NetworkNotFoundException>(() => Networks.InspectAsync(network.Id));
    }

    [Fact]
    public async Task A_network_name_in_use_is_a_conflict_and_a_network_with_members_cannot_be_removed()
    {
        var name = TestNames.Unique("taken");
        var network = await Networks.CreateAsync(new NetworkConfig { Name = name });
        var member = await engine.Driver.Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sleep", "600"], Init = true, NetworkMode = name });
        await engine.Driver.Containers.StartAsync(member.Id);

        var duplicate = await Assert.ThrowsAsync<DockerConflictException>(() => Networks.CreateAsync(new NetworkConfig { Name = name }));
        var inUse = await Assert.ThrowsAsync<DockerConflictException>(() => Networks.RemoveAsync(name));

        Assert.Contains(name, duplicate.EngineMessage, StringComparison.Ordinal);
        Assert.Contains("active endpoints", inUse.Message, StringComparison.Ordinal);
        await engine.Driver.Containers.RemoveAsync(member.Id, ContainerRemoveOptions.ForceWithVolumes);
        await Networks.RemoveAsync(network.Id);
    }

    [Fact]
    public async Task List_filters_networks_by_label()
    {
        var marker = Guid.NewGuid().ToString("N");
        var network = await Networks.CreateAsync(new NetworkConfig { Name = TestNames.Unique("listed"), Labels = new Dictionary<string, string> { ["tk.test.marker"] = marker } });

        var listed = await Networks.ListAsync(new NetworkListOptions { Labels = new Dictionary<string, string?> { ["tk.test.marker"] = marker } });

        Assert.Equal([network.Id], listed.Select(n => n.Id));
        await Networks.RemoveAsync(network.Id);
    }

    [Fact]
    public async Task Connecting_a_running_container_to_a_missing_network_is_network_not_found()
    {
        // (The engine only resolves the network of a container that is not running when it starts.)
        var container = await engine.Driver.Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sleep", "600"], Init = true });
        await engine.Driver.Containers.StartAsync(container.Id);
        var missing = TestNames.Unique("nonet");

        var error = await Assert.ThrowsAsync<NetworkNotFoundException>(() => Networks.ConnectAsync(missing, container.Id));

        Assert.Equal(missing, error.Network);
        await engine.Driver.Containers.RemoveAsync(container.Id, ContainerRemoveOptions.ForceWithVolumes);
    }
}
