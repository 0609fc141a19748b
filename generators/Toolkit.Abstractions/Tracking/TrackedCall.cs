using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Toolkit.Formatting;

namespace Toolkit.Tracking;

/// <summary>
/// One call in flight through a tracking decorator. Generated code starts it with
/// <see cref="CallTracker.Start"/>, hands it the arguments when <see cref="WantsArguments"/> says so, and ends it
/// with <see cref="Succeeded"/> or <see cref="Failed"/>; ending it stops the span, records the duration, and
/// notifies the sink and the logger.
/// </summary>
/// <remarks>
/// A mutable struct: keep it in a local (or an async method's state) and call its methods on that variable.
/// Nothing it does can throw into the caller: a failing sink, logger or listener is ignored, because tracking
/// must never change the outcome of the call it observes.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct TrackedCall
{
    private readonly CallTracker _tracker;
    private readonly DriverOperation _operation;
    private readonly Activity? _activity;
    private readonly Activity? _previous;
    private readonly bool _detached;
    private readonly DateTimeOffset _startTime;
    private readonly long _startTimestamp;
    private object?[]? _arguments;
    private bool _ended;

    internal TrackedCall(CallTracker tracker, DriverOperation operation, bool detached)
    {
        _tracker = tracker;
        _operation = operation;
        _detached = detached;
        _arguments = null;
        _ended = false;

        Activity? activity = null;
        Activity? previous = null;
        try
        {
            var source = operation.Telemetry.Source;
            if (source.HasListeners())
            {
                previous = Activity.Current;
                activity = source.StartActivity(operation.ActivityName, ActivityKind.Internal);
                if (activity is not null)
                {
                    // A stream's span lives across the consumer's code: it must not become the consumer's current
                    // activity, or the consumer's own spans would nest under it and outlive it.
                    if (detached)
                    {
                        Activity.Current = previous;
                    }

                    if (activity.IsAllDataRequested)
                    {
                        activity.SetTag(operation.DriverTag.Key, operation.DriverTag.Value);
                        activity.SetTag(operation.OperationTag.Key, operation.OperationTag.Value);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A listener's callback threw; the call goes on without a span.
            activity = null;
        }

        _activity = activity;
        _previous = previous;
        _startTime = tracker.Sink is not null ? tracker.Time.GetUtcNow() : default;
        _startTimestamp = tracker.Time.GetTimestamp();
    }

    /// <summary>
    /// Whether an observer may want the arguments: a sink, a span that records all data, or a logger (the
    /// failure line at Warning shows them). Generated code then captures them, redacted, with <see cref="SetArguments"/>.
    /// </summary>
    public readonly bool WantsArguments
        => _tracker.Sink is not null
        || _activity is { IsAllDataRequested: true }
        || (_tracker.Logger is not null && _tracker.Logger.IsEnabled(LogLevel.Warning));

    internal readonly Activity? Activity => _activity;

    /// <summary>Gives the call its arguments, in parameter order, already redacted by the generated code.</summary>
    /// <param name="arguments">One value per recorded parameter.</param>
    public void SetArguments(object?[] arguments)
    {
        if (arguments is not null && arguments.Length == _operation.ParameterNames.Length)
        {
            _arguments = arguments;
        }
    }

    /// <summary>Ends the call as succeeded.</summary>
    public void Succeeded() => End(null);

    /// <summary>Ends the call as failed with <paramref name="exception"/>, which the caller then rethrows unchanged.</summary>
    /// <param name="exception">The exception the inner call threw.</param>
    public void Failed(Exception exception) => End(exception ?? new InvalidOperationException("The call failed without an exception."));

    /// <summary>
    /// Ends the call when <paramref name="task"/> completes, with its outcome. A task that already succeeded is
    /// returned as is; otherwise the caller gets a task that completes the same way (same result, same exception
    /// instance) once the call has been recorded.
    /// </summary>
    /// <param name="task">The task the inner method returned.</param>
    /// <returns>The task to hand to the caller.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(task))]
    public Task? EndWith(Task? task)
    {
        if (task is null || task.IsCompletedSuccessfully)
        {
            Succeeded();
            return task;
        }

        LeaveCurrent();
        return Await(task, this);

        static async Task Await(Task task, TrackedCall call)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                call.Failed(exception);
                throw;
            }

            call.Succeeded();
        }
    }

    /// <inheritdoc cref="EndWith(Task?)"/>
    /// <typeparam name="T">The task's result type.</typeparam>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(task))]
    public Task<T>? EndWith<T>(Task<T>? task)
    {
        if (task is null || task.IsCompletedSuccessfully)
        {
            Succeeded();
            return task;
        }

        LeaveCurrent();
        return Await(task, this);

        static async Task<T> Await(Task<T> task, TrackedCall call)
        {
            T result;
            try
            {
                result = await task.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                call.Failed(exception);
                throw;
            }

            call.Succeeded();
            return result;
        }
    }

    /// <inheritdoc cref="EndWith(Task?)"/>
    public ValueTask EndWith(ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
        {
            Succeeded();
            return task;
        }

        LeaveCurrent();
        return Await(task, this);

        static async ValueTask Await(ValueTask task, TrackedCall call)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                call.Failed(exception);
                throw;
            }

            call.Succeeded();
        }
    }

    /// <inheritdoc cref="EndWith(Task?)"/>
    /// <typeparam name="T">The task's result type.</typeparam>
    public ValueTask<T> EndWith<T>(ValueTask<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            Succeeded();
            return task;
        }

        LeaveCurrent();
        return Await(task, this);

        static async ValueTask<T> Await(ValueTask<T> task, TrackedCall call)
        {
            T result;
            try
            {
                result = await task.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                call.Failed(exception);
                throw;
            }

            call.Succeeded();
            return result;
        }
    }

    // The span stays open while the task runs, but the caller's code after the call is not part of it: give the
    // caller back the current activity it had. The inner method already captured ours for its continuations.
    private readonly void LeaveCurrent()
    {
        if (_activity is not null && !_detached && ReferenceEquals(Activity.Current, _activity))
        {
            Activity.Current = _previous;
        }
    }

    private void End(Exception? exception)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        var elapsed = _tracker.Time.GetElapsedTime(_startTimestamp);
        var errorType = exception is null ? null : exception.GetType().FullName ?? exception.GetType().Name;

        // Each observer is isolated: one that throws (a listener callback, a sink, a logging provider) neither
        // silences the others nor replaces the call's own outcome.
        try
        {
            RecordDuration(elapsed, errorType);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
        }

        try
        {
            StopActivity(exception, errorType);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
        }

        try
        {
            Notify(elapsed, exception, errorType);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
        }
    }

    private readonly void RecordDuration(TimeSpan elapsed, string? errorType)
    {
        var duration = _operation.Telemetry.Duration;
        if (!duration.Enabled)
        {
            return;
        }

        if (errorType is null)
        {
            duration.Record(elapsed.TotalSeconds, _operation.DriverTag, _operation.OperationTag);
        }
        else
        {
            duration.Record(
                elapsed.TotalSeconds,
                _operation.DriverTag,
                _operation.OperationTag,
                new KeyValuePair<string, object?>(TrackingTelemetryNames.ErrorTypeTag, errorType));
        }
    }

    private readonly void StopActivity(Exception? exception, string? errorType)
    {
        var activity = _activity;
        if (activity is null)
        {
            return;
        }

        try
        {
            if (activity.IsAllDataRequested)
            {
                if (_arguments is { } arguments)
                {
                    var tagNames = _operation.ArgumentTagNames;
                    for (var i = 0; i < arguments.Length; i++)
                    {
                        activity.SetTag(tagNames[i], ToTagValue(arguments[i]));
                    }
                }

                if (exception is not null)
                {
                    activity.SetTag(TrackingTelemetryNames.ErrorTypeTag, errorType);
                    activity.AddException(exception);
                }
            }

            if (exception is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }
        finally
        {
            if (_detached || !ReferenceEquals(Activity.Current, activity))
            {
                // Stopping makes the span's parent current; only right when the span itself is current here.
                var current = Activity.Current;
                activity.Stop();
                Activity.Current = current;
            }
            else
            {
                activity.Stop();
            }
        }
    }

    private readonly void Notify(TimeSpan elapsed, Exception? exception, string? errorType)
    {
        if (_tracker.Sink is { } sink)
        {
            try
            {
                var arguments = _arguments is null ? CallArguments.Empty : new CallArguments(_operation.ParameterNames, _arguments);
                sink.Record(new CallRecord(_operation.Telemetry.DriverName, _operation.Name, arguments, _startTime, elapsed, exception));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The sink is the user's; its bugs must not become the driver's, nor keep the log line from being written.
            }
        }

        if (_tracker.Logger is { } logger)
        {
            if (exception is null)
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    TrackingLog.Succeeded(logger, _operation.Telemetry.DriverName, _operation.Name, FormatArguments(), elapsed.TotalMilliseconds);
                }
            }
            else if (logger.IsEnabled(LogLevel.Warning))
            {
                TrackingLog.Failed(logger, _operation.Telemetry.DriverName, _operation.Name, FormatArguments(), elapsed.TotalMilliseconds, errorType!, exception);
            }
        }
    }

    private readonly string FormatArguments()
        => _arguments is null ? string.Empty : ArgumentFormatter.FormatList(_operation.ParameterNames, _arguments);

    private static object? ToTagValue(object? value) => value switch
    {
        null => null,
        string s => ArgumentFormatter.Truncate(s),
        bool or int or long or double or short or byte or sbyte or ushort or uint or float => value,
        _ => ArgumentFormatter.Format(value),
    };
}
