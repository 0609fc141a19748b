namespace Toolkit.Errors;

/// <summary>A container could not be stopped. Code: <see cref="DriverErrorCodes.ContainerStopFailed"/>.</summary>
/// <param name="container">The container id or name.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="true"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ContainerStopException(string container, string reason, string operation, bool isRetryable = true, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ContainerStopFailed, $"Could not stop container {ErrorText.Quote(container)}: {ErrorText.Reason(reason)}. Retry, or kill the container if it ignores the stop signal.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The container id or name.</summary>
    public string Container { get; } = container;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
