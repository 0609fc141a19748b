namespace Toolkit.Errors;

/// <summary>A resource limit was exceeded, or a requested limit cannot be honoured. Code: <see cref="DriverErrorCodes.ResourceLimitExceeded"/>.</summary>
/// <param name="driver">The driver that failed.</param>
/// <param name="resource">The limited resource, for example <c>memory</c>, <c>pids</c> or <c>output</c>.</param>
/// <param name="limit">The limit that applied, as the user gave it.</param>
/// <param name="reason">What happened.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed; <see langword="false"/> unless the cause says otherwise.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class ResourceLimitException(string driver, string resource, string limit, string reason, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(DriverErrorCodes.ResourceLimitExceeded, $"The {resource} limit of {limit} was exceeded during {operation}: {ErrorText.Reason(reason)}. Raise the limit or reduce the work.", driver, operation, isRetryable, innerException)
{
    /// <summary>The limited resource, for example <c>memory</c>, <c>pids</c> or <c>output</c>.</summary>
    public string Resource { get; } = resource;

    /// <summary>The limit that applied, as the user gave it.</summary>
    public string Limit { get; } = limit;

    /// <summary>What happened.</summary>
    public string Reason { get; } = reason;
}
