namespace Toolkit.Errors;

/// <summary>A volume could not be created. Code: <see cref="DriverErrorCodes.VolumeCreationFailed"/>.</summary>
/// <param name="volume">The volume name.</param>
/// <param name="reason">The engine's explanation.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class VolumeCreationException(string volume, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.VolumeCreationFailed, $"Could not create volume {ErrorText.Quote(volume)}: {ErrorText.Reason(reason)}. Check the name and the volume driver options.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The volume name.</summary>
    public string Volume { get; } = volume;

    /// <summary>The engine's explanation.</summary>
    public string Reason { get; } = reason;
}
