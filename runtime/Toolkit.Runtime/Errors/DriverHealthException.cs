namespace Toolkit.Errors;

/// <summary>A driver's backend is unhealthy, unreachable, or too old to use. Code: <see cref="DriverErrorCodes.DriverUnhealthy"/>.</summary>
/// <param name="driver">The driver that failed.</param>
/// <param name="endpoint">The backend that was checked, for example <c>unix:///var/run/docker.sock</c>.</param>
/// <param name="reason">What was wrong, and how the endpoint was found.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="true"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DriverHealthException(string driver, string endpoint, string reason, string operation, bool isRetryable = true, Exception? innerException = null)
    : DriverException(DriverErrorCodes.DriverUnhealthy, $"The {driver} backend at {ErrorText.Quote(endpoint)} is not usable ({operation}): {ErrorText.Reason(reason)}.", driver, operation, isRetryable, innerException)
{
    /// <summary>The backend that was checked, for example <c>unix:///var/run/docker.sock</c>.</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>What was wrong, and how the endpoint was found.</summary>
    public string Reason { get; } = reason;
}
