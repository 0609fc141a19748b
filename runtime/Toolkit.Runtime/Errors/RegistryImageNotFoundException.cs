namespace Toolkit.Errors;

/// <summary>
/// The registry has no such repository, tag or digest. Code: <see cref="DriverErrorCodes.ImageNotFound"/>, as for an
/// image missing on the engine, so one check covers both.
/// </summary>
/// <param name="reference">The image reference that was not found.</param>
/// <param name="engineMessage">The engine's explanation, verbatim (for example <c>manifest unknown</c>).</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class RegistryImageNotFoundException(string reference, string engineMessage, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ImageNotFound,
        $"Image {ErrorText.Quote(reference)} was not found in its registry during {operation}: {ErrorText.Reason(engineMessage)}. Check the repository name and the tag or digest, and that the image was pushed.",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The image reference that was not found.</summary>
    public string Reference { get; } = reference;

    /// <summary>The engine's explanation, verbatim.</summary>
    public string EngineMessage { get; } = engineMessage;
}
