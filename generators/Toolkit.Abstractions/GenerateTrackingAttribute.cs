namespace Toolkit;

/// <summary>
/// Asks the Toolkit generator for a tracking decorator of the interface: a class that wraps an
/// implementation and records every call as an <c>Activity</c>, a duration histogram entry and,
/// optionally, an in-memory record and a log line.
/// </summary>
/// <remarks>
/// <para>For <c>IShellDriver</c> the generator writes <c>TrackingShellDriver</c>, in the interface's namespace,
/// with constructors <c>(IShellDriver inner)</c> and <c>(IShellDriver inner, ICallSink? sink, ILogger? logger,
/// TimeProvider? timeProvider)</c>. Its <c>TelemetryName</c> constant is the name of its
/// <c>ActivitySource</c> and <c>Meter</c>: the interface's full name.</para>
/// <para>Methods are tracked; properties, indexers and events pass straight through. Exceptions propagate
/// unchanged (the same instance, with its stack trace). When nobody observes (no listener, no sink, no
/// logger) a call costs one check and no allocation.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateTrackingAttribute : Attribute
{
    /// <summary>
    /// The driver's low-cardinality name, written in the <c>toolkit.driver.name</c> tag, in span names
    /// (<c>{driver}.{operation}</c>) and in log lines, for example <c>docker</c>. When not set, it is derived
    /// from the interface name: the leading <c>I</c> and a trailing <c>Driver</c> are dropped and the rest is
    /// written in snake case, so <c>IShellDriver</c> gives <c>shell</c> and <c>IFileSystemDriver</c> gives
    /// <c>file_system</c>.
    /// </summary>
    public string? DriverName { get; set; }
}
