namespace Toolkit.Errors;

/// <summary>The engine refused to create a container. Code: <see cref="DriverErrorCodes.ContainerCreationFailed"/>.</summary>
/// <param name="image">The image the container was to be created from.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ContainerCreationException(string image, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ContainerCreationFailed, $"Could not create a container from image {ErrorText.Quote(image)}: {ErrorText.Reason(reason)}. Check that the image exists locally and that the container config is valid.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The image the container was to be created from.</summary>
    public string Image { get; } = image;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
