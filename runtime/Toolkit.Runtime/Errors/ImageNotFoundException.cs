namespace Toolkit.Errors;

/// <summary>The image does not exist on the engine. Code: <see cref="DriverErrorCodes.ImageNotFound"/>.</summary>
/// <param name="image">The image reference or id that was not found.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ImageNotFoundException(string image, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.ImageNotFound,
        $"Image '{image}' was not found on the engine during {operation}. The driver never pulls implicitly: import, build or pull the image first, and check the tag.",
        DriverNames.Docker,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The image reference or id that was not found.</summary>
    public string Image { get; } = image;
}
