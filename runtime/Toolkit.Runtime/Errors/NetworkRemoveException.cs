namespace Toolkit.Errors;

/// <summary>A network could not be removed. Code: <see cref="DriverErrorCodes.NetworkRemoveFailed"/>.</summary>
/// <param name="network">The network id or name.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class NetworkRemoveException(string network, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.NetworkRemoveFailed, $"Could not remove network {ErrorText.Quote(network)}: {ErrorText.Reason(reason)}. Disconnect or remove the containers attached to it first.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The network id or name.</summary>
    public string Network { get; } = network;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
