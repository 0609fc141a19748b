namespace Toolkit.Docker.Containers;

/// <summary>How a container's run ended.</summary>
/// <param name="ExitCode">The exit code of its main process; 137 when it was killed (SIGKILL, out of memory).</param>
/// <param name="Error">The engine's error about the wait, if it reported one.</param>
public sealed record ContainerExit(int ExitCode, string? Error);
