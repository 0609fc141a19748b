namespace Toolkit;

/// <summary>
/// Asks the Toolkit generator for a tracking decorator of the interface: a class that wraps an
/// implementation and records every call as an <c>Activity</c>, a duration histogram entry and,
/// optionally, an in-memory record and a log line.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GenerateTrackingAttribute : Attribute
{
}
