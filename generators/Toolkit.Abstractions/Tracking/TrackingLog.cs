using Microsoft.Extensions.Logging;

namespace Toolkit.Tracking;

/// <summary>
/// The log lines of tracking decorators, as cached <see cref="LoggerMessage.Define{T1,T2,T3,T4}(LogLevel, EventId, string)"/>
/// delegates: parsing the template once keeps logging allocation-light.
/// </summary>
internal static class TrackingLog
{
    /// <summary>Event id of the Debug line written for every call that succeeded.</summary>
    public static readonly EventId CallSucceededEvent = new(1, "DriverCallSucceeded");

    /// <summary>Event id of the Warning line written for every call that failed.</summary>
    public static readonly EventId CallFailedEvent = new(2, "DriverCallFailed");

    private static readonly Action<ILogger, string, string, string, double, Exception?> SucceededMessage =
        LoggerMessage.Define<string, string, string, double>(
            LogLevel.Debug,
            CallSucceededEvent,
            "{Driver}.{Operation}({Arguments}) succeeded in {ElapsedMilliseconds} ms");

    private static readonly Action<ILogger, string, string, string, double, string, Exception?> FailedMessage =
        LoggerMessage.Define<string, string, string, double, string>(
            LogLevel.Warning,
            CallFailedEvent,
            "{Driver}.{Operation}({Arguments}) failed after {ElapsedMilliseconds} ms with {ErrorType}");

    public static void Succeeded(ILogger logger, string driver, string operation, string arguments, double elapsedMilliseconds)
        => SucceededMessage(logger, driver, operation, arguments, elapsedMilliseconds, null);

    public static void Failed(ILogger logger, string driver, string operation, string arguments, double elapsedMilliseconds, string errorType, Exception exception)
        => FailedMessage(logger, driver, operation, arguments, elapsedMilliseconds, errorType, exception);
}
