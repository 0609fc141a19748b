namespace Toolkit.Errors;

/// <summary>A container exists but could not be started. Code: <see cref="DriverErrorCodes.ContainerStartFailed"/>.</summary>
/// <param name="container">The container id or name.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ContainerStartException(string container, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ContainerStartFailed, $"Could not start container {ErrorText.Quote(container)}: {ErrorText.Reason(reason)}. Inspect the container and its logs for the cause.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The container id or name.</summary>
    public string Container { get; } = container;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
