namespace Toolkit.Errors;

/// <summary>A network could not be created. Code: <see cref="DriverErrorCodes.NetworkCreationFailed"/>.</summary>
/// <param name="network">The network name.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class NetworkCreationException(string network, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.NetworkCreationFailed, $"Could not create network {ErrorText.Quote(network)}: {ErrorText.Reason(reason)}. Check the name, driver and subnet for clashes.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The network name.</summary>
    public string Network { get; } = network;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
