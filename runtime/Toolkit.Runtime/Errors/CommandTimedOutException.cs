namespace Toolkit.Errors;

/// <summary>
/// A process did not finish within its timeout and was stopped (SIGTERM, then a kill of its whole tree).
/// Code: <see cref="DriverErrorCodes.CommandTimedOut"/>.
/// </summary>
/// <param name="program">The program that ran.</param>
/// <param name="timeout">The timeout that elapsed.</param>
/// <param name="operation">The driver operation that failed.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class CommandTimedOutException(string program, TimeSpan timeout, string operation, Exception? innerException = null)
    : DriverException(
        DriverErrorCodes.CommandTimedOut,
        $"'{program}' did not finish within {timeout.TotalSeconds:0.###} s and was stopped. Increase the timeout, or check why it hangs (is it waiting for input on stdin?).",
        DriverNames.Shell,
        operation,
        isRetryable: true,
        innerException)
{
    /// <summary>The program that ran.</summary>
    public string Program { get; } = program;

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; } = timeout;
}
