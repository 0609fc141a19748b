namespace Toolkit.Shell;

/// <summary>
/// The process has exited and its output has been drained. Always the last event of a stream that
/// completes normally; when exit-code validation is on and the command failed, the stream throws a
/// <see cref="Toolkit.Errors.CommandFailedException"/> instead.
/// </summary>
/// <param name="Result">The exit code, signal and duration. In streaming mode its captured output is empty.</param>
public sealed record CommandExited(CommandResult Result) : CommandEvent;
