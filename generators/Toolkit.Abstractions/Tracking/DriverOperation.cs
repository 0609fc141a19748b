using System.ComponentModel;

namespace Toolkit.Tracking;

/// <summary>
/// One operation (interface method) of a tracked interface, with everything about it that never changes from
/// call to call, computed once: its span name and its metric tags.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DriverOperation
{
    internal DriverOperation(DriverTelemetry telemetry, string name, string[] parameterNames)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameterNames);
        Telemetry = telemetry;
        Name = name;
        ParameterNames = parameterNames;
        ActivityName = telemetry.DriverName + "." + name;
        DriverTag = new(TrackingTelemetryNames.DriverTag, telemetry.DriverName);
        OperationTag = new(TrackingTelemetryNames.OperationTag, name);
        ArgumentTagNames = new string[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            ArgumentTagNames[i] = TrackingTelemetryNames.ArgumentTagPrefix + parameterNames[i];
        }
    }

    /// <summary>The interface's telemetry.</summary>
    public DriverTelemetry Telemetry { get; }

    /// <summary>The method's name, for example <c>RunAsync</c>.</summary>
    public string Name { get; }

    /// <summary>The span name: <c>{driver}.{operation}</c>, for example <c>shell.RunAsync</c>.</summary>
    public string ActivityName { get; }

    internal string[] ParameterNames { get; }

    internal string[] ArgumentTagNames { get; }

    internal KeyValuePair<string, object?> DriverTag { get; }

    internal KeyValuePair<string, object?> OperationTag { get; }
}
