namespace Toolkit.Tracking;

/// <summary>
/// The names under which tracking decorators publish traces and metrics. Every
/// <c>[GenerateTracking]</c> interface gets its own <see cref="System.Diagnostics.ActivitySource"/> and
/// <see cref="System.Diagnostics.Metrics.Meter"/>, both named after the interface's full name
/// (for example <c>MyApp.Drivers.IShellDriver</c>); the instrument and tag names below are the same for all of them.
/// </summary>
public static class TrackingTelemetryNames
{
    /// <summary>
    /// The duration histogram, one entry per call, in seconds (<c>s</c>):
    /// <c>toolkit.driver.operation.duration</c>.
    /// </summary>
    public const string DurationInstrument = "toolkit.driver.operation.duration";

    /// <summary>The unit of <see cref="DurationInstrument"/>: seconds, as the OpenTelemetry conventions ask.</summary>
    public const string DurationUnit = "s";

    /// <summary>
    /// Tag on spans and metric points: the driver's low-cardinality name, for example <c>shell</c>
    /// (set with <see cref="GenerateTrackingAttribute.DriverName"/>).
    /// </summary>
    public const string DriverTag = "toolkit.driver.name";

    /// <summary>Tag on spans and metric points: the operation, which is the interface method's name, for example <c>RunAsync</c>.</summary>
    public const string OperationTag = "toolkit.driver.operation";

    /// <summary>
    /// Tag on spans and metric points, present only when the call failed: the exception's full type
    /// name, as the OpenTelemetry <c>error.type</c> convention asks.
    /// </summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>
    /// Prefix of the span tags that carry argument values, followed by the parameter name, for example
    /// <c>toolkit.driver.argument.command</c>. Spans only (never metrics, whose tags must stay
    /// low-cardinality), only when the span records all data, and never the value of a
    /// <see cref="SensitiveAttribute"/> parameter.
    /// </summary>
    public const string ArgumentTagPrefix = "toolkit.driver.argument.";
}
