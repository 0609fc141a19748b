namespace Toolkit.Errors;

/// <summary>The caller is authenticated but not allowed to perform the operation. Code: <see cref="DriverErrorCodes.AuthorizationFailed"/>.</summary>
/// <param name="driver">The driver that failed.</param>
/// <param name="reason">What was refused.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DriverAuthorizationException(string driver, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.AuthorizationFailed, $"{driver} {operation} was not permitted: {ErrorText.Reason(reason)}. Grant the permission or run as a user who has it.", driver, operation, isRetryable, innerException)
{
    /// <summary>What was refused.</summary>
    public string Reason { get; } = reason;
}
