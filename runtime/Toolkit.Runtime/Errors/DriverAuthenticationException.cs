namespace Toolkit.Errors;

/// <summary>The caller's credentials were missing or rejected. Code: <see cref="DriverErrorCodes.AuthenticationFailed"/>.</summary>
/// <param name="driver">The driver that failed.</param>
/// <param name="reason">What was rejected.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DriverAuthenticationException(string driver, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.AuthenticationFailed, $"{driver} {operation} was not authenticated: {ErrorText.Reason(reason)}. Check the credentials or certificates configured for the driver.", driver, operation, isRetryable, innerException)
{
    /// <summary>What was rejected.</summary>
    public string Reason { get; } = reason;
}
