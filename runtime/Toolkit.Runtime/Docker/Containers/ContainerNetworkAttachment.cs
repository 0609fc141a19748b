namespace Toolkit.Docker.Containers;

/// <summary>A container's attachment to one network.</summary>
/// <param name="NetworkId">The network id.</param>
/// <param name="IPAddress">The container's IPv4 address on it; empty when it has none (not running).</param>
/// <param name="Aliases">The names other containers on the network can reach it by.</param>
public sealed record ContainerNetworkAttachment(string NetworkId, string IPAddress, IReadOnlyList<string> Aliases);
