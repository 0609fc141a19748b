namespace Toolkit.Shell;

/// <summary>The process has started. Always the first event of a stream.</summary>
/// <param name="ProcessId">The operating system's id of the process (on Linux also the id of its process group).</param>
public sealed record CommandStarted(int ProcessId) : CommandEvent;
