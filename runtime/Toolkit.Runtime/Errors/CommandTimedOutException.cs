using Toolkit.Shell;

namespace Toolkit.Errors;

/// <summary>
/// A process did not finish within its timeout and was stopped (SIGTERM to its process group, then, after
/// the grace period, SIGKILL to the whole group). Code: <see cref="DriverErrorCodes.CommandTimedOut"/>.
/// </summary>
public sealed class CommandTimedOutException : DriverException
{
    /// <summary>Creates the error.</summary>
    /// <param name="program">The program that ran.</param>
    /// <param name="timeout">The timeout that elapsed.</param>
    /// <param name="operation">The driver operation that failed.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CommandTimedOutException(string program, TimeSpan timeout, string operation, Exception? innerException = null)
        : this(program, timeout, forciblyKilled: false, standardErrorTail: string.Empty, operation, innerException)
    {
    }

    /// <summary>Creates the error, saying how the process was stopped and what it last wrote to standard error.</summary>
    /// <param name="program">The program that ran.</param>
    /// <param name="timeout">The timeout that elapsed.</param>
    /// <param name="forciblyKilled"><see langword="true"/> when the process ignored SIGTERM and was killed after the grace period.</param>
    /// <param name="standardErrorTail">The last part of what it wrote to standard error (may be empty).</param>
    /// <param name="operation">The driver operation that failed.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CommandTimedOutException(string program, TimeSpan timeout, bool forciblyKilled, string standardErrorTail, string operation, Exception? innerException = null)
        : base(DriverErrorCodes.CommandTimedOut, BuildMessage(program, timeout, forciblyKilled, standardErrorTail), DriverNames.Shell, operation, isRetryable: true, innerException)
    {
        Program = program;
        Timeout = timeout;
        ForciblyKilled = forciblyKilled;
        StandardErrorTail = standardErrorTail ?? string.Empty;
    }

    /// <summary>The program that ran.</summary>
    public string Program { get; }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary><see langword="true"/> when the process ignored SIGTERM and had to be killed after the grace period.</summary>
    public bool ForciblyKilled { get; }

    /// <summary>The last part of standard error, as text; often says what the process was waiting for.</summary>
    public string StandardErrorTail { get; }

    /// <summary>What the driver knew when it stopped the process (duration, captured output); <see langword="null"/> when the thrower had none.</summary>
    public CommandResult? Result { get; init; }

    private static string BuildMessage(string program, TimeSpan timeout, bool forciblyKilled, string? standardErrorTail)
    {
        var how = forciblyKilled ? "was killed after ignoring SIGTERM for the grace period" : "was stopped";
        var message = $"{ErrorText.Quote(program)} did not finish within {ErrorText.Duration(timeout)} and {how}. Increase the timeout, or check why it hangs (is it waiting for input on stdin, a lock, or the network?).";
        var tail = standardErrorTail?.TrimEnd() ?? string.Empty;
        return tail.Length == 0 ? message : $"{message} Standard error ended with:{Environment.NewLine}{tail}";
    }
}
