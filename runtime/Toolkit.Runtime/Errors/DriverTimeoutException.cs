namespace Toolkit.Errors;

/// <summary>An operation did not finish within its timeout. Code: <see cref="DriverErrorCodes.Timeout"/>.</summary>
/// <param name="driver">The driver that failed.</param>
/// <param name="timeout">The timeout that elapsed.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="true"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DriverTimeoutException(string driver, TimeSpan timeout, string operation, bool isRetryable = true, Exception? innerException = null)
    : DriverException(DriverErrorCodes.Timeout, $"{driver} {operation} did not finish within {ErrorText.Duration(timeout)}. Increase the timeout, or check that the backend is responsive.", driver, operation, isRetryable, innerException)
{
    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; } = timeout;
}
