namespace Toolkit.Errors;

/// <summary>
/// Loading images from an archive failed; the engine reported an error while reading it.
/// Code: <see cref="DriverErrorCodes.ImageLoadFailed"/>.
/// </summary>
/// <param name="engineMessage">The engine's explanation, verbatim.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ImageLoadException(string engineMessage, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ImageLoadFailed,
        $"Loading images failed during {operation}: {ErrorText.Reason(engineMessage)}. Check that the stream is a whole archive written by docker save (or IImageDriver.SaveAsync).",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The engine's explanation, verbatim.</summary>
    public string EngineMessage { get; } = engineMessage;
}
