namespace Toolkit.Tracking;

/// <summary>How a tracked call ended.</summary>
public enum CallOutcome
{
    /// <summary>The call returned normally (for a stream: it was enumerated to the end, or disposed early by its consumer).</summary>
    Succeeded = 0,

    /// <summary>The call threw; <see cref="CallRecord.Exception"/> holds the exception.</summary>
    Failed = 1,
}
