namespace Toolkit.Errors;

/// <summary>A container could not be removed. Code: <see cref="DriverErrorCodes.ContainerRemoveFailed"/>.</summary>
/// <param name="container">The container id or name.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ContainerRemoveException(string container, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ContainerRemoveFailed, $"Could not remove container {ErrorText.Quote(container)}: {ErrorText.Reason(reason)}. Stop it first, or remove it with force.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The container id or name.</summary>
    public string Container { get; } = container;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
