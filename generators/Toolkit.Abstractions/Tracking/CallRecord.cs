namespace Toolkit.Tracking;

/// <summary>One call made through a tracking decorator, as an <see cref="ICallSink"/> receives it.</summary>
public sealed class CallRecord
{
    /// <summary>Creates a record. Tracking decorators create these; a custom sink or a test may too.</summary>
    /// <param name="driver">The driver's low-cardinality name, for example <c>shell</c>.</param>
    /// <param name="operation">The interface method's name, for example <c>RunAsync</c>.</param>
    /// <param name="arguments">The recorded arguments, redacted where the interface says so.</param>
    /// <param name="startTime">When the call started, from the decorator's <see cref="TimeProvider"/>.</param>
    /// <param name="duration">How long the call took; see <see cref="Duration"/> for what is covered.</param>
    /// <param name="exception">The exception the call threw, or <see langword="null"/> when it succeeded.</param>
    public CallRecord(string driver, string operation, CallArguments arguments, DateTimeOffset startTime, TimeSpan duration, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(arguments);
        Driver = driver;
        Operation = operation;
        Arguments = arguments;
        StartTime = startTime;
        Duration = duration;
        Exception = exception;
    }

    /// <summary>The driver's low-cardinality name, for example <c>shell</c>.</summary>
    public string Driver { get; }

    /// <summary>The interface method's name, for example <c>RunAsync</c>. Overloads share their name.</summary>
    public string Operation { get; }

    /// <summary>The arguments by parameter name; <see cref="SensitiveAttribute"/> values appear as <see cref="ArgumentText.Redacted"/>.</summary>
    public CallArguments Arguments { get; }

    /// <summary>When the call started, from the decorator's <see cref="TimeProvider"/> (UTC).</summary>
    public DateTimeOffset StartTime { get; }

    /// <summary>
    /// How long the call took. For a synchronous method, the call itself; for <c>Task</c> and <c>ValueTask</c>,
    /// until the returned task completed (the awaited work); for <c>IAsyncEnumerable&lt;T&gt;</c>, from the start
    /// of the enumeration (<c>GetAsyncEnumerator</c>) to its end (the last <c>MoveNextAsync</c>, a failure, or an
    /// early <c>DisposeAsync</c>), including the time the consumer spent between items.
    /// </summary>
    public TimeSpan Duration { get; }

    /// <summary>The exception the call threw (the very instance the caller saw), or <see langword="null"/>.</summary>
    public Exception? Exception { get; }

    /// <summary>Whether the call succeeded or failed.</summary>
    public CallOutcome Outcome => Exception is null ? CallOutcome.Succeeded : CallOutcome.Failed;

    /// <summary>A one-line description such as <c>shell.RunAsync(command: "ls") succeeded in 1.204 ms</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var ms = Duration.TotalMilliseconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        return Exception is null
            ? $"{Driver}.{Operation}({Arguments}) succeeded in {ms} ms"
            : $"{Driver}.{Operation}({Arguments}) failed after {ms} ms with {Exception.GetType().FullName}";
    }
}
