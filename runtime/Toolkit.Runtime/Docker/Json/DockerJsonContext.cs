using System.Text.Json.Serialization;

namespace Toolkit.Docker.Json;

/// <summary>
/// Compile-time JSON metadata for every Engine API payload the driver reads or writes: no reflection,
/// so the driver works under Native AOT and trimming. Names match case-insensitively because the
/// engine mixes <c>Id</c>/<c>ID</c> and <c>OOMKilled</c>-style casing; nulls are left out of requests so the
/// engine applies its defaults.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ErrorResponseWire))]
[JsonSerializable(typeof(VersionWire))]
[JsonSerializable(typeof(IdResponseWire))]
[JsonSerializable(typeof(ContainerCreateWire))]
[JsonSerializable(typeof(ContainerInspectWire))]
[JsonSerializable(typeof(ContainerSummaryWire[]))]
[JsonSerializable(typeof(WaitResponseWire))]
[JsonSerializable(typeof(PathStatWire))]
[JsonSerializable(typeof(ExecCreateWire))]
[JsonSerializable(typeof(ExecStartWire))]
[JsonSerializable(typeof(ExecInspectWire))]
[JsonSerializable(typeof(ImageSummaryWire[]))]
[JsonSerializable(typeof(ImageInspectWire))]
[JsonSerializable(typeof(ImageDeleteItemWire[]))]
[JsonSerializable(typeof(ProgressMessageWire))]
[JsonSerializable(typeof(VolumeCreateWire))]
[JsonSerializable(typeof(VolumeWire))]
[JsonSerializable(typeof(VolumeListWire))]
[JsonSerializable(typeof(NetworkCreateWire))]
[JsonSerializable(typeof(NetworkWire))]
[JsonSerializable(typeof(NetworkWire[]))]
[JsonSerializable(typeof(NetworkConnectWire))]
[JsonSerializable(typeof(NetworkDisconnectWire))]
[JsonSerializable(typeof(RegistryAuthWire))]
[JsonSerializable(typeof(CredentialHelperOutputWire))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DockerJsonContext : JsonSerializerContext;
