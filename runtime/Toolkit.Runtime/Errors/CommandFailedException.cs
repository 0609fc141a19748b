using Toolkit.Shell;

namespace Toolkit.Errors;

/// <summary>
/// A process exited with a non-zero exit code, or was killed by a signal. Code: <see cref="DriverErrorCodes.CommandFailed"/>.
/// The message carries the exit code (and signal) and the tail of standard error, which is usually the reason.
/// </summary>
/// <remarks>
/// Exit-code validation is on by default in the shell driver; turn it off per command with
/// <see cref="ShellCommand.ValidateExitCode"/> when a non-zero exit is an expected answer (as with <c>grep</c>).
/// </remarks>
public sealed class CommandFailedException : DriverException
{
    /// <summary>Creates the error for a process that exited with <paramref name="exitCode"/>.</summary>
    /// <param name="program">The program that ran.</param>
    /// <param name="exitCode">Its exit code.</param>
    /// <param name="standardErrorTail">The last part of what it wrote to standard error (may be empty).</param>
    /// <param name="operation">The driver operation that failed.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CommandFailedException(string program, int exitCode, string standardErrorTail, string operation, Exception? innerException = null)
        : this(program, exitCode, terminatingSignal: null, standardErrorTail, operation, DriverNames.Shell, innerException)
    {
    }

    /// <summary>Creates the error for a process that exited with <paramref name="exitCode"/> or was killed by <paramref name="terminatingSignal"/>.</summary>
    /// <param name="program">The program that ran.</param>
    /// <param name="exitCode">Its exit code; by shell convention 128 plus the signal number when a signal killed it.</param>
    /// <param name="terminatingSignal">The signal that killed it, or <see langword="null"/> when it exited by itself.</param>
    /// <param name="standardErrorTail">The last part of what it wrote to standard error (may be empty).</param>
    /// <param name="operation">The driver operation that failed.</param>
    /// <param name="driver">The driver that ran the process: <see cref="DriverNames.Shell"/>, or <see cref="DriverNames.Docker"/> for a command executed in a container.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CommandFailedException(string program, int exitCode, int? terminatingSignal, string standardErrorTail, string operation, string driver = DriverNames.Shell, Exception? innerException = null)
        : base(DriverErrorCodes.CommandFailed, BuildMessage(program, exitCode, terminatingSignal, standardErrorTail), driver, operation, isRetryable: false, innerException)
    {
        Program = program;
        ExitCode = exitCode;
        TerminatingSignal = terminatingSignal;
        StandardErrorTail = standardErrorTail ?? string.Empty;
    }

    /// <summary>The program that ran.</summary>
    public string Program { get; }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>The signal that killed the process (for example 9 for SIGKILL), or <see langword="null"/> when it exited by itself.</summary>
    public int? TerminatingSignal { get; }

    /// <summary>The last part of standard error, as text.</summary>
    public string StandardErrorTail { get; }

    /// <summary>
    /// Everything the driver knew about the run: exit code, duration and whatever output was captured,
    /// so a caller that catches the error can still log or inspect the full output.
    /// <see langword="null"/> when the thrower had no result to attach.
    /// </summary>
    public CommandResult? Result { get; init; }

    private static string BuildMessage(string program, int exitCode, int? terminatingSignal, string? standardErrorTail)
    {
        var what = terminatingSignal is int signal
            ? $"{ErrorText.Quote(program)} was killed by signal {signal} ({SignalNames.Describe(signal)}), exit code {exitCode}"
            : $"{ErrorText.Quote(program)} exited with code {exitCode}";
        var tail = standardErrorTail?.TrimEnd() ?? string.Empty;
        return tail.Length == 0
            ? $"{what} and wrote nothing to standard error. Check its arguments, input and working directory; if this exit code is expected, turn off exit-code validation."
            : $"{what}. Standard error ended with:{Environment.NewLine}{tail}";
    }
}
