namespace Toolkit.Docker;

/// <summary>What the engine said to <c>/_ping</c>, and the API version the driver will use with it.</summary>
/// <param name="Endpoint">The endpoint that answered, with how it was found.</param>
/// <param name="EngineApiVersion">The newest Engine API version the engine speaks, for example <c>1.41</c>.</param>
/// <param name="NegotiatedApiVersion">The version the driver uses: the lower of the engine's and the newest the driver handles.</param>
/// <param name="OperatingSystem">The engine's OS type, <c>linux</c> or <c>windows</c>.</param>
/// <param name="Server">The engine's <c>Server</c> header, for example <c>Docker/20.10.24 (linux)</c>.</param>
public sealed record DockerPing(DockerEndpoint Endpoint, string EngineApiVersion, string NegotiatedApiVersion, string? OperatingSystem, string? Server);
