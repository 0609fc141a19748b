using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Toolkit.Shell.Output;

namespace Toolkit.Shell.Execution;

/// <summary>
/// Runs one process from start to reaping: feeds standard input, pumps both output pipes at the same time
/// (so a process that fills one pipe while the driver reads the other can never deadlock), stops it on timeout
/// or cancellation, and makes sure nothing it started outlives it.
/// </summary>
/// <remarks>
/// <para>Stopping: SIGTERM to the process group; if the program has not exited after
/// <see cref="ShellCommand.GracePeriod"/>, SIGKILL to the group. Group members still alive when the grace
/// period ends are killed too, then the program is reaped.</para>
/// <para>After a normal exit: output is drained until end-of-file, waiting at most
/// <see cref="ShellCommand.OutputDrainTimeout"/> for background processes that still hold the pipes; processes
/// left in the group are then stopped the same way (unless <see cref="ShellCommand.KeepBackgroundProcesses"/>),
/// and if the pipes are still open after that (held by a process that left the group), reading is abandoned.</para>
/// </remarks>
internal static class CommandRunner
{
    private const int ReadSize = 64 * 1024;

    // A process stuck in the kernel (uninterruptible sleep) cannot die even from SIGKILL; stop waiting for it eventually.
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(10);

    public static async Task<RunOutcome> RunAsync(
        ProcessLauncher launcher,
        LaunchSpec spec,
        ShellCommand command,
        string operation,
        OutputSink standardOutput,
        OutputSink standardError,
        Func<int, ValueTask>? started,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var tail = new TailBuffer();
        var startedAt = Stopwatch.GetTimestamp();
        using var child = launcher.Start(spec, operation);
        if (started != null)
        {
            await started(child.Id).ConfigureAwait(false);
        }

        var outputs = child.StandardOutput is { } stdoutPipe
            ? Task.WhenAll(PumpAsync(stdoutPipe, standardOutput, null), PumpAsync(child.StandardError, standardError, tail))
            : PumpAsync(child.StandardError, standardError, tail);

        // Something can stop the run early only with a timeout, a cancellable token or an input stream that may fail;
        // the common case (none of them) waits for the exit without allocating a token source.
        using var stop = command.Timeout is not null || cancellationToken.CanBeCanceled || child.StandardInput is not null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : null;
        if (command.Timeout is { } timeout)
        {
            stop!.CancelAfter(timeout);
        }

        var inputFailure = new StrongBox<Exception?>();
        var input = child.StandardInput is { } stdinPipe ? FeedAsync(command.StandardInput, stdinPipe, stop!, inputFailure) : Task.CompletedTask;

        var reason = StopReason.None;
        try
        {
            await (stop is null ? child.Exited : child.Exited.WaitAsync(stop.Token)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop?.IsCancellationRequested == true)
        {
            reason = cancellationToken.IsCancellationRequested ? StopReason.Canceled
                : inputFailure.Value != null ? StopReason.InputFailed
                : StopReason.TimedOut;
        }

        var forciblyKilled = false;
        var terminatedAt = 0L;
        if (reason != StopReason.None)
        {
            child.Terminate();
            terminatedAt = Stopwatch.GetTimestamp();
            if (!await child.Exited.CompletesWithinAsync(command.GracePeriod).ConfigureAwait(false))
            {
                child.Kill();
                forciblyKilled = true;
                await child.Exited.ConfigureAwait(false);
            }
        }

        var duration = Stopwatch.GetElapsedTime(startedAt);
        var status = child.Reap();

        if (reason != StopReason.None)
        {
            // The whole group got SIGTERM with the program; whoever outlives the grace period is killed.
            await StopGroupAsync(child, command.GracePeriod - Stopwatch.GetElapsedTime(terminatedAt), terminate: false).ConfigureAwait(false);
        }

        var drained = await outputs.CompletesWithinAsync(command.OutputDrainTimeout).ConfigureAwait(false);
        if (reason == StopReason.None && !command.KeepBackgroundProcesses && child.HasLiveProcesses())
        {
            await StopGroupAsync(child, command.GracePeriod, terminate: true).ConfigureAwait(false);
            drained = drained || await outputs.CompletesWithinAsync(command.OutputDrainTimeout).ConfigureAwait(false);
        }

        if (!drained)
        {
            child.StandardOutput?.Abandon();
            child.StandardError.Abandon();
        }

        child.StandardInput?.Abandon();
        try
        {
            await outputs.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (reason == StopReason.Canceled)
        {
            // A streaming consumer left, or the caller cancelled: nobody is waiting for the rest of the output.
        }

        _ = await input.CompletesWithinAsync(command.OutputDrainTimeout).ConfigureAwait(false);
        return new RunOutcome(child.Id, status, duration, reason, forciblyKilled, tail.ToText(command.OutputEncoding), inputFailure.Value);
    }

    private static async Task PumpAsync(ChildOutput pipe, OutputSink sink, TailBuffer? tail)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadSize);
        try
        {
            while (true)
            {
                var read = await pipe.ReadAsync(buffer.AsMemory(0, ReadSize)).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                tail?.Append(buffer.AsSpan(0, read));
                await sink.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
            }

            await sink.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task FeedAsync(CommandInput input, ChildInput pipe, CancellationTokenSource stop, StrongBox<Exception?> failure)
    {
        try
        {
            await input.WriteToAsync(pipe, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is being stopped anyway.
        }
        catch (Exception ex)
        {
            failure.Value = ex;
            try
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The run already finished.
            }
        }
        finally
        {
            // Closing our end is what gives the process end-of-file.
            pipe.Dispose();
        }
    }

    private static async Task StopGroupAsync(ChildProcess child, TimeSpan gracePeriod, bool terminate)
    {
        if (!child.HasLiveProcesses())
        {
            return;
        }

        if (terminate)
        {
            child.Terminate();
        }

        var startedAt = Stopwatch.GetTimestamp();
        var delay = 1;
        while (child.HasLiveProcesses())
        {
            var elapsed = Stopwatch.GetElapsedTime(startedAt);
            if (elapsed >= gracePeriod)
            {
                // Repeated, so a process forked while the group was being killed is caught as well.
                child.Kill();
                if (elapsed >= gracePeriod + KillWait)
                {
                    return;
                }
            }

            await Task.Delay(delay).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 50);
        }
    }
}
