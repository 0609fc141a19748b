using Toolkit.Docker.Json;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Networks;

/// <summary><see cref="INetworkDriver"/> on the Engine API.</summary>
internal sealed class DockerNetworkDriver(DockerTransport transport, DockerSessionIdentity session) : INetworkDriver
{
    public async Task<NetworkInfo> CreateAsync(NetworkConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw new ArgumentException("config.Name is required: networks are found by name.", "config.Name");
        }

        if (string.IsNullOrWhiteSpace(config.Driver))
        {
            throw new ArgumentException("config.Driver is empty; use 'bridge' or another network driver.", "config.Driver");
        }

        var body = new NetworkCreateWire
        {
            Name = config.Name,

            // Without it the engine happily creates a second network with the same name.
            CheckDuplicate = true,
            Driver = config.Driver,
            Internal = config.Internal,
            Attachable = config.Attachable,
            Options = config.Options is null ? null : new Dictionary<string, string>(config.Options),
            Labels = session.Stamp(config.Labels),
        };
        session.MarkUsed();
        var created = await transport.PostJsonAsync(
            "/networks/create",
            body,
            DockerJsonContext.Default.NetworkCreateWire,
            DockerJsonContext.Default.IdResponseWire,
            transport.Call("CreateNetwork", DockerResourceKind.Network, config.Name, DockerFailure.NetworkCreate),
            cancellationToken).ConfigureAwait(false);
        return new NetworkInfo(created.Id ?? "", config.Name, config.Driver, config.Internal, body.Labels, []);
    }

    public async Task<NetworkInfo> InspectAsync(string network, CancellationToken cancellationToken = default)
    {
        RequireName(network, nameof(network));
        return ToInfo(await transport.GetJsonAsync(
            $"/networks/{DockerPath.Segment(network)}",
            DockerJsonContext.Default.NetworkWire,
            transport.Call("InspectNetwork", DockerResourceKind.Network, network),
            cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<NetworkInfo>> ListAsync(NetworkListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new NetworkListOptions();
        var filters = new DockerFilters().AddLabels(options.Labels, "options.Labels").Add("name", options.Name);
        var list = await transport.GetJsonAsync(
            "/networks" + new DockerQuery().Add("filters", filters.ToQueryValue()),
            DockerJsonContext.Default.NetworkWireArray,
            transport.Call("ListNetworks", DockerResourceKind.Network, "*"),
            cancellationToken).ConfigureAwait(false);
        return [.. list.Select(ToInfo)];
    }

    public Task RemoveAsync(string network, CancellationToken cancellationToken = default)
    {
        RequireName(network, nameof(network));
        return transport.SendNoContentAsync(
            HttpMethod.Delete,
            $"/networks/{DockerPath.Segment(network)}",
            transport.Call("RemoveNetwork", DockerResourceKind.Network, network, DockerFailure.NetworkRemove),
            cancellationToken);
    }

    public async Task ConnectAsync(string network, string container, IReadOnlyList<string>? aliases = null, CancellationToken cancellationToken = default)
    {
        RequireName(network, nameof(network));
        RequireName(container, nameof(container));
        var body = new NetworkConnectWire
        {
            Container = container,
            EndpointConfig = aliases is { Count: > 0 } ? new EndpointSettingsWire { Aliases = [.. aliases] } : null,
        };
        using var content = DockerTransport.Json(body, DockerJsonContext.Default.NetworkConnectWire);
        await transport.SendNoContentAsync(
            HttpMethod.Post,
            $"/networks/{DockerPath.Segment(network)}/connect",
            transport.Call("ConnectNetwork", DockerResourceKind.Network, network),
            cancellationToken,
            content).ConfigureAwait(false);
    }

    public async Task DisconnectAsync(string network, string container, bool force = false, CancellationToken cancellationToken = default)
    {
        RequireName(network, nameof(network));
        RequireName(container, nameof(container));
        using var content = DockerTransport.Json(new NetworkDisconnectWire { Container = container, Force = force }, DockerJsonContext.Default.NetworkDisconnectWire);
        await transport.SendNoContentAsync(
            HttpMethod.Post,
            $"/networks/{DockerPath.Segment(network)}/disconnect",
            transport.Call("DisconnectNetwork", DockerResourceKind.Network, network),
            cancellationToken,
            content).ConfigureAwait(false);
    }

    private static NetworkInfo ToInfo(NetworkWire wire) => new(
        wire.Id ?? "",
        wire.Name ?? "",
        wire.Driver ?? "",
        wire.Internal,
        wire.Labels ?? new Dictionary<string, string>(),
        [.. (wire.Containers ?? []).Keys]);

    private static void RequireName(string value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameter} is required: give an id or a name.", parameter);
        }
    }
}
