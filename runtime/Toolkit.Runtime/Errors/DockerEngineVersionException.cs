namespace Toolkit.Errors;

/// <summary>
/// The engine speaks an API version older than the driver supports. Code: <see cref="DriverErrorCodes.EngineVersionUnsupported"/>.
/// </summary>
/// <param name="endpoint">The engine endpoint, with how it was found.</param>
/// <param name="engineApiVersion">The newest API version the engine offered.</param>
/// <param name="minimumApiVersion">The oldest API version the driver supports.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DockerEngineVersionException(string endpoint, string engineApiVersion, string minimumApiVersion, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.EngineVersionUnsupported,
        $"The Docker engine at {endpoint} speaks Engine API {engineApiVersion}, but the Toolkit Docker driver needs API {minimumApiVersion} or newer (Docker Engine 20.10+). Upgrade the engine or point DOCKER_HOST at a newer one.",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The engine endpoint, with how it was found.</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>The newest API version the engine offered.</summary>
    public string EngineApiVersion { get; } = engineApiVersion;

    /// <summary>The oldest API version the driver supports.</summary>
    public string MinimumApiVersion { get; } = minimumApiVersion;
}
