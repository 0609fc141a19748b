namespace Toolkit.Shell.Execution;

/// <summary>Why the driver stopped a process before it exited by itself.</summary>
internal enum StopReason
{
    /// <summary>It was not stopped: it exited by itself.</summary>
    None,

    /// <summary><see cref="ShellCommand.Timeout"/> passed.</summary>
    TimedOut,

    /// <summary>The caller's token was cancelled, or a streaming consumer stopped reading.</summary>
    Canceled,

    /// <summary>Reading the caller's standard input stream failed.</summary>
    InputFailed,
}
