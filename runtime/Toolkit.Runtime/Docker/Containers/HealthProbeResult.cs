namespace Toolkit.Docker.Containers;

/// <summary>One run of a health probe.</summary>
/// <param name="Start">When it started.</param>
/// <param name="End">When it ended.</param>
/// <param name="ExitCode">Its exit code: 0 passed, anything else failed.</param>
/// <param name="Output">What it printed (the engine keeps the first 4 KiB).</param>
public sealed record HealthProbeResult(DateTimeOffset? Start, DateTimeOffset? End, int ExitCode, string Output);
