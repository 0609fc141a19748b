namespace Toolkit.Errors;

/// <summary>The container named in the call does not exist. Code: <see cref="DriverErrorCodes.ContainerNotFound"/>.</summary>
/// <param name="container">The container id or name that was not found.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ContainerNotFoundException(string container, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ContainerNotFound, $"Container {ErrorText.Quote(container)} was not found during {operation}. It may have been removed or never created; list containers to find its current id or name.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The container id or name that was not found.</summary>
    public string Container { get; } = container;
}
