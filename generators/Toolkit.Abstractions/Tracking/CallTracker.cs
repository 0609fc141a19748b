using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Toolkit.Tracking;

/// <summary>
/// The observers of one tracking decorator (its interface's telemetry, an optional sink, an optional logger,
/// and the clock), kept in a field of the decorator. Generated code asks <see cref="IsEnabled"/> first and takes
/// the plain pass-through path when nobody observes, which is what makes an unobserved decorator cost a few
/// nanoseconds and no allocation.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct CallTracker
{
    private readonly DriverTelemetry _telemetry;
    private readonly ICallSink? _sink;
    private readonly ILogger? _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the tracker of one decorator.</summary>
    /// <param name="telemetry">The interface's telemetry.</param>
    /// <param name="sink">Where to record every call, if anywhere.</param>
    /// <param name="logger">Where to log calls (Debug) and failures (Warning), if anywhere.</param>
    /// <param name="timeProvider">The clock for start times and durations; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public CallTracker(DriverTelemetry telemetry, ICallSink? sink, ILogger? logger, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        _telemetry = telemetry;
        _sink = sink;
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Whether anybody observes calls right now: a sink, a logger enabled at Warning, an
    /// <see cref="ActivityListener"/> on the source, or a <see cref="System.Diagnostics.Metrics.MeterListener"/> on the histogram.
    /// </summary>
    public bool IsEnabled
        => _sink is not null
        || _telemetry.IsObserved
        || (_logger is not null && _logger.IsEnabled(LogLevel.Warning));

    /// <summary>Whether a stream call should capture its arguments up front, for an observer that may want them.</summary>
    public bool WantsStreamArguments
        => _sink is not null
        || _telemetry.Source.HasListeners()
        || (_logger is not null && _logger.IsEnabled(LogLevel.Warning));

    internal DriverTelemetry Telemetry => _telemetry;

    internal ICallSink? Sink => _sink;

    internal ILogger? Logger => _logger;

    internal TimeProvider Time => _time;

    /// <summary>Starts tracking one call: starts its <see cref="Activity"/> (which becomes current) and its clock.</summary>
    /// <param name="operation">The operation being called.</param>
    /// <returns>The call, to be ended with <see cref="TrackedCall.Succeeded"/> or <see cref="TrackedCall.Failed"/>.</returns>
    public TrackedCall Start(DriverOperation operation) => new(this, operation, detached: false);

    /// <summary>Wraps a stream so that its enumeration is tracked as one call.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="operation">The operation that returned the stream.</param>
    /// <param name="stream">The inner instance's stream.</param>
    /// <param name="arguments">The captured arguments, when <see cref="WantsStreamArguments"/> was true.</param>
    /// <returns>A stream that forwards every item and tracks each enumeration.</returns>
    public IAsyncEnumerable<T> TrackStream<T>(DriverOperation operation, IAsyncEnumerable<T> stream, object?[]? arguments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return stream is null ? null! : new TrackedAsyncEnumerable<T>(this, operation, stream, arguments);
    }

    /// <summary>Records a stream call whose inner method threw before returning a stream.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="arguments">The captured arguments, if any.</param>
    /// <param name="exception">What the inner method threw.</param>
    public void StreamFailed(DriverOperation operation, object?[]? arguments, Exception exception)
    {
        var call = new TrackedCall(this, operation, detached: false);
        if (arguments is not null)
        {
            call.SetArguments(arguments);
        }

        call.Failed(exception);
    }
}
