using Toolkit.Docker.Json;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Volumes;

/// <summary><see cref="IVolumeDriver"/> on the Engine API.</summary>
internal sealed class DockerVolumeDriver(DockerTransport transport, DockerSessionIdentity session) : IVolumeDriver
{
    public async Task<VolumeInfo> CreateAsync(VolumeConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(config.Driver))
        {
            throw new ArgumentException("config.Driver is empty; use 'local' or another volume driver.", "config.Driver");
        }

        var body = new VolumeCreateWire
        {
            Name = config.Name,
            Driver = config.Driver,
            DriverOpts = config.DriverOptions is null ? null : new Dictionary<string, string>(config.DriverOptions),
            Labels = session.Stamp(config.Labels),
        };
        session.MarkUsed();
        var created = await transport.PostJsonAsync(
            "/volumes/create",
            body,
            DockerJsonContext.Default.VolumeCreateWire,
            DockerJsonContext.Default.VolumeWire,
            transport.Call("CreateVolume", DockerResourceKind.Volume, config.Name ?? "(generated)", DockerFailure.VolumeCreate),
            cancellationToken).ConfigureAwait(false);
        return ToInfo(created);
    }

    public async Task<VolumeInfo> InspectAsync(string name, CancellationToken cancellationToken = default)
    {
        RequireName(name);
        return ToInfo(await transport.GetJsonAsync(
            $"/volumes/{DockerPath.Segment(name)}",
            DockerJsonContext.Default.VolumeWire,
            transport.Call("InspectVolume", DockerResourceKind.Volume, name),
            cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<VolumeInfo>> ListAsync(VolumeListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new VolumeListOptions();
        var filters = new DockerFilters().AddLabels(options.Labels, "options.Labels").Add("name", options.Name);
        var list = await transport.GetJsonAsync(
            "/volumes" + new DockerQuery().Add("filters", filters.ToQueryValue()),
            DockerJsonContext.Default.VolumeListWire,
            transport.Call("ListVolumes", DockerResourceKind.Volume, "*"),
            cancellationToken).ConfigureAwait(false);
        return [.. (list.Volumes ?? []).Select(ToInfo)];
    }

    public Task RemoveAsync(string name, bool force = false, CancellationToken cancellationToken = default)
    {
        RequireName(name);
        return transport.SendNoContentAsync(
            HttpMethod.Delete,
            $"/volumes/{DockerPath.Segment(name)}" + new DockerQuery().Add("force", force),
            transport.Call("RemoveVolume", DockerResourceKind.Volume, name, DockerFailure.VolumeRemove),
            cancellationToken);
    }

    private static VolumeInfo ToInfo(VolumeWire wire) => new(
        wire.Name ?? "",
        wire.Driver ?? "",
        wire.Mountpoint ?? "",
        DockerTimestamp.Parse(wire.CreatedAt),
        wire.Labels ?? new Dictionary<string, string>());

    private static void RequireName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("name is required: give a volume name.", nameof(name));
        }
    }
}
