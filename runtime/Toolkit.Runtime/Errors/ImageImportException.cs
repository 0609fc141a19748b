namespace Toolkit.Errors;

/// <summary>
/// Importing an image from a tar stream failed; the engine reported an error in its progress output.
/// Code: <see cref="DriverErrorCodes.ImageImportFailed"/>.
/// </summary>
/// <param name="reference">The repository and tag the image was imported as, or <c>(untagged)</c>.</param>
/// <param name="engineMessage">The engine's error message.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ImageImportException(string reference, string engineMessage, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ImageImportFailed,
        $"Importing image '{reference}' failed: {engineMessage}. Check that the stream is a tar archive of a root file system (optionally gzip-compressed).",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The repository and tag the image was imported as.</summary>
    public string Reference { get; } = reference;

    /// <summary>The engine's error message.</summary>
    public string EngineMessage { get; } = engineMessage;
}
