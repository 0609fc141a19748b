namespace Toolkit.Errors;

/// <summary>
/// A process exited with a non-zero exit code. Code: <see cref="DriverErrorCodes.CommandFailed"/>.
/// The message carries the exit code and the tail of standard error, which is usually the reason.
/// </summary>
/// <param name="program">The program that ran.</param>
/// <param name="exitCode">Its exit code.</param>
/// <param name="standardErrorTail">The last part of what it wrote to standard error (may be empty).</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class CommandFailedException(string program, int exitCode, string standardErrorTail, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.CommandFailed,
        BuildMessage(program, exitCode, standardErrorTail),
        DriverNames.Shell,
        operation,
        isRetryable: false,
        innerException)
{
    /// <summary>The program that ran.</summary>
    public string Program { get; } = program;

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>The last part of standard error, as text.</summary>
    public string StandardErrorTail { get; } = standardErrorTail;

    private static string BuildMessage(string program, int exitCode, string standardErrorTail) =>
        string.IsNullOrWhiteSpace(standardErrorTail)
            ? $"'{program}' exited with code {exitCode} and wrote nothing to standard error. Check its arguments and working directory, or opt out of exit-code validation if non-zero is expected."
            : $"'{program}' exited with code {exitCode}. Standard error ended with:{Environment.NewLine}{standardErrorTail.TrimEnd()}";
}
