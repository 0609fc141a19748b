namespace Toolkit.Errors;

/// <summary>
/// The operating system refused to start a process for a reason other than a missing executable or
/// working directory: too many processes or open files, not enough memory, an argument list that is too
/// long, a file that is not a valid executable. Code: <see cref="DriverErrorCodes.CommandStartFailed"/>.
/// </summary>
/// <param name="program">The program that was to run.</param>
/// <param name="reason">What the operating system reported, and what to do.</param>
/// <param name="errorNumber">The operating system error number (errno), or 0 when there was none.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="isRetryable">Whether a retry can succeed: <see langword="true"/> for transient limits such as EAGAIN or EMFILE.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class CommandStartException(string program, string reason, int errorNumber, string operation, bool isRetryable = false, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.CommandStartFailed,
        $"Could not start {ErrorText.Quote(program)}: {ErrorText.Reason(reason)}.",
        DriverNames.Shell,
        operation,
        isRetryable,
        innerException)
{
    /// <summary>The program that was to run.</summary>
    public string Program { get; } = program;

    /// <summary>The operating system error number (errno), or 0 when there was none.</summary>
    public int ErrorNumber { get; } = errorNumber;
}
