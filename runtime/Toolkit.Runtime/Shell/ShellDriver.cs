using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Toolkit.Errors;
using Toolkit.Shell.Execution;
using Toolkit.Shell.Output;

namespace Toolkit.Shell;

/// <summary>
/// The process driver. On Linux it starts each command with <c>posix_spawn</c> as the leader of a new process group,
/// reads every pipe through one shared <c>epoll</c> thread and watches exits through pidfds, so it can stop a
/// command's whole process tree and never blocks a thread per pipe. Elsewhere it uses
/// <see cref="System.Diagnostics.Process"/> and kills process trees with <see cref="System.Diagnostics.Process.Kill(bool)"/>.
/// </summary>
/// <remarks>
/// The driver holds no state: one instance can run any number of commands concurrently. Register it as a
/// singleton.
/// <code>
/// IShellDriver shell = new ShellDriver();
/// var result = await shell.RunAsync(new ShellCommand("git", "rev-parse", "HEAD") { WorkingDirectory = repo }, ct);
/// Console.WriteLine(result.StandardOutput.Trim());
/// </code>
/// </remarks>
[DriverImplementation]
public sealed partial class ShellDriver : IShellDriver
{
    private const string RunOperation = "Run";
    private const string StreamLinesOperation = "StreamLines";
    private const string StreamChunksOperation = "StreamChunks";

    // Back-pressure: this many events may wait for the consumer before the driver stops reading the pipes.
    // Chunks are up to 64 KiB each, so 16 of them bound the queue at 1 MiB; lines are small, and a deeper queue
    // saves a consumer wake-up per line.
    private const int ChunkStreamCapacity = 16;
    private const int LineStreamCapacity = 256;

    private readonly ProcessLauncher _launcher;

    /// <summary>Creates the driver with the best process launcher for this platform.</summary>
    public ShellDriver()
        : this(ProcessLauncher.Default)
    {
    }

    internal ShellDriver(ProcessLauncher launcher) => _launcher = launcher;

    /// <inheritdoc />
    public Task<CommandResult> RunAsync(ShellCommand command, CancellationToken cancellationToken = default)
    {
        ShellCommandValidator.Validate(command, nameof(command));
        return RunCoreAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<CommandEvent> StreamLinesAsync(ShellCommand command, CancellationToken cancellationToken = default)
    {
        ShellCommandValidator.Validate(command, nameof(command));
        return StreamAsync(command, lines: true, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<CommandEvent> StreamChunksAsync(ShellCommand command, CancellationToken cancellationToken = default)
    {
        ShellCommandValidator.Validate(command, nameof(command));
        return StreamAsync(command, lines: false, cancellationToken);
    }

    private async Task<CommandResult> RunCoreAsync(ShellCommand command, CancellationToken cancellationToken)
    {
        var quiet = command.Capture == OutputCapture.None;
        var spec = LaunchPlanner.Plan(command, RunOperation, discardStandardOutput: quiet);
        CaptureSink? stdout = quiet ? null : new CaptureSink(command.MaxCapturedBytes);
        CaptureSink? stderr = quiet ? null : new CaptureSink(command.MaxCapturedBytes);

        var outcome = await CommandRunner.RunAsync(
            _launcher,
            spec,
            command,
            RunOperation,
            (OutputSink?)stdout ?? DiscardSink.Instance,
            (OutputSink?)stderr ?? DiscardSink.Instance,
            started: null,
            cancellationToken).ConfigureAwait(false);

        var result = NewResult(outcome);
        if (stdout != null && stderr != null)
        {
            result = command.Capture == OutputCapture.Bytes
                ? result with
                {
                    StandardOutputTruncated = stdout.Truncated,
                    StandardErrorTruncated = stderr.Truncated,
                    StandardOutputBytes = stdout.TakeBytes(),
                    StandardErrorBytes = stderr.TakeBytes(),
                }
                : result with
                {
                    StandardOutputTruncated = stdout.Truncated,
                    StandardErrorTruncated = stderr.Truncated,
                    StandardOutput = stdout.TakeText(command.OutputEncoding),
                    StandardError = stderr.TakeText(command.OutputEncoding),
                };
        }

        return Complete(command, RunOperation, outcome, result, cancellationToken);
    }

    private async IAsyncEnumerable<CommandEvent> StreamAsync(ShellCommand command, bool lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<CommandEvent>(new BoundedChannelOptions(lines ? LineStreamCapacity : ChunkStreamCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });

        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(command, lines, channel.Writer, run.Token, cancellationToken);
        var finished = false;
        try
        {
            // No token here: the producer always completes the channel, also when it is cancelled.
            while (await channel.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }

            await producer.ConfigureAwait(false);
            finished = true;
        }
        finally
        {
            if (!finished)
            {
                // The consumer left the loop early (or the producer failed): stop the process and wait until it is gone.
                await run.CancelAsync().ConfigureAwait(false);
                try
                {
                    await producer.ConfigureAwait(false);
                }
                catch (Exception) when (!producer.IsCompletedSuccessfully)
                {
                    // Already surfaced above, or nobody is listening any more.
                }
            }
        }
    }

    private async Task ProduceAsync(ShellCommand command, bool lines, ChannelWriter<CommandEvent> events, CancellationToken runToken, CancellationToken callerToken)
    {
        var operation = lines ? StreamLinesOperation : StreamChunksOperation;
        try
        {
            // Start on the thread pool, never on the consumer's synchronization context.
            await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            var spec = LaunchPlanner.Plan(command, operation, discardStandardOutput: false);
            OutputSink stdout = lines
                ? new LineSink(OutputSource.StandardOutput, command.OutputEncoding, command.MaxLineLength, events, runToken)
                : new ChunkSink(OutputSource.StandardOutput, events, runToken);
            OutputSink stderr = lines
                ? new LineSink(OutputSource.StandardError, command.OutputEncoding, command.MaxLineLength, events, runToken)
                : new ChunkSink(OutputSource.StandardError, events, runToken);

            var outcome = await CommandRunner.RunAsync(
                _launcher,
                spec,
                command,
                operation,
                stdout,
                stderr,
                pid => events.WriteAsync(new CommandStarted(pid), runToken),
                runToken).ConfigureAwait(false);

            var result = Complete(command, operation, outcome, NewResult(outcome), callerToken);
            await events.WriteAsync(new CommandExited(result), runToken).ConfigureAwait(false);
        }
        finally
        {
            events.TryComplete();
        }
    }

    private static CommandResult NewResult(RunOutcome outcome) => new()
    {
        ExitCode = outcome.Status.ExitCode,
        TerminatingSignal = outcome.Status.Signal,
        ProcessId = outcome.ProcessId,
        Duration = outcome.Duration,
    };

    private static CommandResult Complete(ShellCommand command, string operation, RunOutcome outcome, CommandResult result, CancellationToken cancellationToken)
    {
        switch (outcome.StopReason)
        {
            case StopReason.Canceled:
                throw new OperationCanceledException($"Running {ErrorText.Quote(command.ToString())} was cancelled; the process and its group were stopped.", cancellationToken);
            case StopReason.TimedOut:
                throw new CommandTimedOutException(command.Program, command.Timeout!.Value, outcome.ForciblyKilled, outcome.StandardErrorTail, operation) { Result = result };
            case StopReason.InputFailed:
                ExceptionDispatchInfo.Throw(outcome.InputFailure!);
                break;
        }

        if (command.ValidateExitCode && !result.Succeeded)
        {
            throw new CommandFailedException(command.Program, result.ExitCode, result.TerminatingSignal, outcome.StandardErrorTail, operation) { Result = result };
        }

        return result;
    }
}
