namespace Toolkit.Errors;

/// <summary>
/// The base of every error a Toolkit driver raises. Catch it to handle any driver failure; inspect
/// <see cref="Code"/> for a stable, machine-readable reason and <see cref="IsRetryable"/> to decide
/// whether trying again can help.
/// </summary>
/// <remarks>
/// It lives in the support assembly rather than in the runtime package because generated code
/// (the validating decorator) throws a subclass of it, and consumers of the generator alone must
/// not need the concrete drivers.
/// </remarks>
public class DriverException : Exception
{
    /// <summary>Creates a driver error.</summary>
    /// <param name="code">A stable reason code, one of <see cref="DriverErrorCodes"/> or a driver's own.</param>
    /// <param name="message">What failed, with which value, and what to do about it.</param>
    /// <param name="driver">The driver that failed, for example <c>docker</c>, <c>shell</c> or <c>file</c>.</param>
    /// <param name="operation">The driver operation that failed, for example <c>StartContainer</c>.</param>
    /// <param name="isRetryable">Whether repeating the same call can succeed without changing its input.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/>, <paramref name="driver"/> or <paramref name="operation"/> is empty.</exception>
    public DriverException(string code, string message, string driver, string operation, bool isRetryable, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(driver);
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        Code = code;
        Driver = driver;
        Operation = operation;
        IsRetryable = isRetryable;
    }

    /// <summary>A stable, machine-readable reason such as <c>CONTAINER_NOT_FOUND</c>. It never changes between versions.</summary>
    public string Code { get; }

    /// <summary>Whether the same call, repeated unchanged, can succeed (a timeout or an unreachable engine, say).</summary>
    public bool IsRetryable { get; }

    /// <summary>The driver that raised the error, for example <c>docker</c>.</summary>
    public string Driver { get; }

    /// <summary>The driver operation that failed, for example <c>StartContainer</c>.</summary>
    public string Operation { get; }
}
