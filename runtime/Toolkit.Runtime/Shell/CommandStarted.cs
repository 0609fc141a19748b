namespace Toolkit.Shell;

/// <summary>The process has started. Always the first event of a stream.</summary>
/// <param name="ProcessId">The operating system's id of the process (on Linux also its process group and session id).</param>
public sealed record CommandStarted(int ProcessId) : CommandEvent;
