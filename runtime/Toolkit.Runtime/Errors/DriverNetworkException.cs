namespace Toolkit.Errors;

/// <summary>A transport failure: a refused connection, a reset socket, an unreachable endpoint. Code: <see cref="DriverErrorCodes.NetworkError"/>.</summary>
/// <param name="driver">The driver that failed.</param>
/// <param name="endpoint">The endpoint that was tried.</param>
/// <param name="reason">What failed, and how the endpoint was found.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="true"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DriverNetworkException(string driver, string endpoint, string reason, string operation, bool isRetryable = true, Exception? innerException = null)
    : DriverException(DriverErrorCodes.NetworkError, $"{driver} {operation} could not reach {ErrorText.Quote(endpoint)}: {ErrorText.Reason(reason)}. Check that the endpoint is up and reachable from this host.", driver, operation, isRetryable, innerException)
{
    /// <summary>The endpoint that was tried.</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>What failed, and how the endpoint was found.</summary>
    public string Reason { get; } = reason;
}
