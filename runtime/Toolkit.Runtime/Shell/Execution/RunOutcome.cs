namespace Toolkit.Shell.Execution;

/// <summary>What <see cref="CommandRunner"/> observed about one run, before it is turned into a result or an error.</summary>
/// <param name="ProcessId">The process id.</param>
/// <param name="Status">How the process ended.</param>
/// <param name="Duration">From just before the start until the exit was observed.</param>
/// <param name="StopReason">Why the driver stopped it, if it did.</param>
/// <param name="ForciblyKilled">Whether it ignored SIGTERM and was killed after the grace period.</param>
/// <param name="StandardErrorTail">The last few KiB of standard error, as text.</param>
/// <param name="InputFailure">The error reading the caller's standard input stream, if that is why it was stopped.</param>
internal sealed record RunOutcome(
    int ProcessId,
    ExitStatus Status,
    TimeSpan Duration,
    StopReason StopReason,
    bool ForciblyKilled,
    string StandardErrorTail,
    Exception? InputFailure);
