namespace Toolkit.Decorators.Tests.Support;

/// <summary>
/// Activity and meter listeners are process-wide: tests that attach one, or that assert nobody is listening,
/// run one at a time in this collection so they never observe each other's calls.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
