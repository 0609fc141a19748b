namespace Toolkit.Errors;

/// <summary>
/// Pushing an image failed for a reason other than credentials: the registry could not be reached, its certificate is
/// not trusted, an upload broke. Code: <see cref="DriverErrorCodes.ImagePushFailed"/>.
/// </summary>
/// <param name="reference">The image reference being pushed.</param>
/// <param name="engineMessage">The engine's explanation, verbatim.</param>
/// <param name="advice">What to do about it, one sentence.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed: the registry was unreachable or a transfer broke.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ImagePushException(string reference, string engineMessage, string advice, string operation, bool isRetryable, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ImagePushFailed,
        $"Pushing image {ErrorText.Quote(reference)} failed: {ErrorText.Reason(engineMessage)}. {ErrorText.Reason(advice)}.",
        DriverNames.Docker,
        operation,
        isRetryable,
        innerException)
{
    /// <summary>The image reference being pushed.</summary>
    public string Reference { get; } = reference;

    /// <summary>The engine's explanation, verbatim.</summary>
    public string EngineMessage { get; } = engineMessage;
}
