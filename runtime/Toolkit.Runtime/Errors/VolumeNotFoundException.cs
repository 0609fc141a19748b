namespace Toolkit.Errors;

/// <summary>The volume named in the call does not exist. Code: <see cref="DriverErrorCodes.VolumeNotFound"/>.</summary>
/// <param name="volume">The volume name that was not found.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class VolumeNotFoundException(string volume, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.VolumeNotFound, $"Volume {ErrorText.Quote(volume)} was not found during {operation}. List volumes to find its current name.", DriverNames.Docker, operation, isRetryable, innerException)
{
    /// <summary>The volume name that was not found.</summary>
    public string Volume { get; } = volume;
}
