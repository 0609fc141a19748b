namespace Toolkit.Errors;

/// <summary>
/// The engine answered with an error that no more specific exception describes. The message carries
/// the HTTP status and the engine's own text. Code: <see cref="DriverErrorCodes.EngineError"/>.
/// </summary>
/// <param name="statusCode">The HTTP status the engine returned.</param>
/// <param name="engineMessage">The engine's own explanation, verbatim.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed: the engine says "not now" (502, 503, 504).</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class DockerEngineException(int statusCode, string engineMessage, string operation, bool isRetryable, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.EngineError,
        $"The Docker engine rejected {operation} with HTTP {statusCode}: {ErrorText.Reason(engineMessage)}.",
        DriverNames.Docker,
        operation,
        isRetryable,
        innerException)
{
    /// <summary>The HTTP status the engine returned.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The engine's own explanation, verbatim.</summary>
    public string EngineMessage { get; } = engineMessage;
}
