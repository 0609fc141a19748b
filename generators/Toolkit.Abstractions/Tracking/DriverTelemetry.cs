using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Toolkit.Tracking;

/// <summary>
/// The <see cref="ActivitySource"/>, <see cref="System.Diagnostics.Metrics.Meter"/> and duration histogram of one
/// <c>[GenerateTracking]</c> interface. A generated tracking decorator keeps one instance in a static field, so
/// they exist once per interface, whatever the number of decorators.
/// </summary>
/// <remarks>
/// Subscribe by name: <c>ActivityListener.ShouldListenTo = s =&gt; s.Name == TrackingShellDriver.TelemetryName</c>,
/// or with OpenTelemetry <c>AddSource(TrackingShellDriver.TelemetryName)</c> and <c>AddMeter(…)</c>.
/// </remarks>
public sealed class DriverTelemetry
{
    // Driver operations range from sub-millisecond file reads to minute-long image pulls.
    private static readonly double[] BucketBoundaries =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

    /// <summary>Creates the telemetry of one interface. Generated code calls this once per interface.</summary>
    /// <param name="name">The name of the source and the meter: the interface's full name.</param>
    /// <param name="driverName">The low-cardinality driver name put in the <see cref="TrackingTelemetryNames.DriverTag"/> tag.</param>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DriverTelemetry(string name, string driverName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(driverName);
        Name = name;
        DriverName = driverName;
        Source = new ActivitySource(name);
        Meter = new Meter(name);
        Duration = Meter.CreateHistogram(
            TrackingTelemetryNames.DurationInstrument,
            TrackingTelemetryNames.DurationUnit,
            "Duration of driver operations.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = BucketBoundaries });
    }

    /// <summary>The name of <see cref="Source"/> and <see cref="Meter"/>: the interface's full name.</summary>
    public string Name { get; }

    /// <summary>The driver's low-cardinality name, for example <c>shell</c>.</summary>
    public string DriverName { get; }

    /// <summary>The source of one <see cref="Activity"/> per tracked call.</summary>
    public ActivitySource Source { get; }

    /// <summary>The meter owning <see cref="Duration"/>.</summary>
    public Meter Meter { get; }

    /// <summary>The duration histogram (<see cref="TrackingTelemetryNames.DurationInstrument"/>), in seconds.</summary>
    public Histogram<double> Duration { get; }

    /// <summary>Whether an <see cref="ActivityListener"/> listens to <see cref="Source"/> or a <see cref="MeterListener"/> enabled <see cref="Duration"/>.</summary>
    public bool IsObserved => Source.HasListeners() || Duration.Enabled;

    /// <summary>Describes one operation of the interface. Generated code calls this once per interface method.</summary>
    /// <param name="operation">The method's name.</param>
    /// <param name="parameterNames">The names of the parameters whose arguments are recorded, in order (<c>out</c> parameters excluded).</param>
    /// <returns>The operation.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DriverOperation Operation(string operation, params string[] parameterNames) => new(this, operation, parameterNames);
}
