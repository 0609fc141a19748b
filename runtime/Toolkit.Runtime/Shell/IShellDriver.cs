using Toolkit.Errors;

namespace Toolkit.Shell;

/// <summary>
/// Runs processes: a program plus an argument list, never a string for a shell to split. Inject it where
/// code starts processes, and mock it in tests with <c>[assembly: GenerateMock(typeof(IShellDriver))]</c>.
/// </summary>
/// <remarks>
/// <para>Every method stops the process when its <see cref="CancellationToken"/> is cancelled or
/// <see cref="ShellCommand.Timeout"/> passes: SIGTERM to the command's process group, then SIGKILL to the whole
/// group after <see cref="ShellCommand.GracePeriod"/>. No child or grandchild in the group survives, and the
/// process is always reaped, so no zombie is left behind.</para>
/// <para>Errors are <see cref="DriverException"/>s with a stable <see cref="DriverException.Code"/>:
/// <see cref="Toolkit.Errors.ExecutableNotFoundException"/>, <see cref="Toolkit.Errors.WorkingDirectoryNotFoundException"/>,
/// <see cref="Toolkit.Errors.CommandStartException"/>, <see cref="Toolkit.Errors.CommandFailedException"/> (non-zero
/// exit, unless <see cref="ShellCommand.ValidateExitCode"/> is off) and <see cref="Toolkit.Errors.CommandTimedOutException"/>.
/// Cancellation throws <see cref="OperationCanceledException"/> once the process is gone. An invalid
/// <see cref="ShellCommand"/> throws <see cref="ArgumentException"/> naming the property and the problem.</para>
/// </remarks>
[GenerateTracking(DriverName = DriverNames.Shell)]
[GenerateValidation]
[GenerateRegistration]
public partial interface IShellDriver
{
    /// <summary>
    /// Runs a command to completion and returns its exit code, duration and, as
    /// <see cref="ShellCommand.Capture"/> asks, its output as text or bytes (or nothing, quietly).
    /// </summary>
    /// <param name="command">What to run.</param>
    /// <param name="cancellationToken">Stops the process (SIGTERM, grace period, SIGKILL) and throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The result of the run.</returns>
    Task<CommandResult> RunAsync(ShellCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a command and yields its output line by line as it is produced, each line tagged with the stream it
    /// came from, in the order it was read: <see cref="CommandStarted"/>, then <see cref="OutputLine"/> items, then
    /// <see cref="CommandExited"/>. Reading is paced by the consumer: while you do not ask for the next item the
    /// driver stops reading, the pipes fill up and the process blocks on its next write (back-pressure).
    /// Leaving the loop early stops the process.
    /// </summary>
    /// <param name="command">What to run. <see cref="ShellCommand.Capture"/> is ignored.</param>
    /// <param name="cancellationToken">Stops the process and ends the stream with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The events of the run.</returns>
    IAsyncEnumerable<CommandEvent> StreamLinesAsync(ShellCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="StreamLinesAsync"/>, but yields raw <see cref="OutputChunk"/> items as they are read from the
    /// pipes (up to 64 KiB each), for binary output or maximum throughput.
    /// </summary>
    /// <param name="command">What to run. <see cref="ShellCommand.Capture"/> is ignored.</param>
    /// <param name="cancellationToken">Stops the process and ends the stream with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The events of the run.</returns>
    IAsyncEnumerable<CommandEvent> StreamChunksAsync(ShellCommand command, CancellationToken cancellationToken = default);
}
