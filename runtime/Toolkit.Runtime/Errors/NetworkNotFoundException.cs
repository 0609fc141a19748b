namespace Toolkit.Errors;

/// <summary>The network named in the call does not exist. Code: <see cref="DriverErrorCodes.NetworkNotFound"/>.</summary>
/// <param name="network">The network id or name that was not found.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class NetworkNotFoundException(string network, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.NetworkNotFound, $"Network {ErrorText.Quote(network)} was not found during {operation}. List networks to find its current id or name.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The network id or name that was not found.</summary>
    public string Network { get; } = network;
}
