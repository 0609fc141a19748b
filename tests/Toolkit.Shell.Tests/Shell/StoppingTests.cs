using System.Globalization;
using Toolkit.Errors;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

/// <summary>Timeouts and cancellation: SIGTERM to the group first, SIGKILL after the grace period, nothing survives.</summary>
public sealed class StoppingTests
{
    private readonly ShellDriver _shell = new();

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_command_past_its_timeout_is_stopped_and_reported_as_timed_out(string launcher)
    {
        var command = new ShellCommand("sleep", "300") { Timeout = TimeSpan.FromMilliseconds(200) };

        var error = await Assert.ThrowsAsync<CommandTimedOutException>(() => Launchers.Driver(launcher).RunAsync(command));

        Assert.Equal(DriverErrorCodes.CommandTimedOut, error.Code);
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.True(error.IsRetryable);
        Assert.False(ProcessTable.IsRunning(error.Result!.ProcessId));
    }

    [Fact]
    public async Task A_timeout_sends_SIGTERM_first_so_the_program_can_shut_down_cleanly()
    {
        // The trap runs the cleanup; "sleep & wait" keeps the shell interruptible while it waits.
        var command = ShellCommand.UnsafeShell("trap 'echo cleaned up; exit 143' TERM; sleep 300 & wait") with { Timeout = TimeSpan.FromSeconds(2) };

        var error = await Assert.ThrowsAsync<CommandTimedOutException>(() => _shell.RunAsync(command));

        Assert.False(error.ForciblyKilled);
        Assert.Equal("cleaned up\n", error.Result!.StandardOutput);
    }

    [Fact]
    public async Task A_program_that_ignores_SIGTERM_is_killed_after_the_grace_period()
    {
        var command = ShellCommand.UnsafeShell("trap '' TERM; echo $$; while :; do sleep 1; done") with
        {
            Timeout = TimeSpan.FromSeconds(2),
            GracePeriod = TimeSpan.FromMilliseconds(300),
        };

        var error = await Assert.ThrowsAsync<CommandTimedOutException>(() => _shell.RunAsync(command));

        Assert.True(error.ForciblyKilled);
        Assert.Equal(9, error.Result!.TerminatingSignal);
        Assert.False(ProcessTable.IsRunning(int.Parse(error.Result.StandardOutput, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_cancelled_run_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _shell.RunAsync(new ShellCommand("sleep", "300"), cancellation.Token));
    }

    [Fact]
    public async Task An_already_cancelled_token_starts_nothing()
    {
        using var directory = new TempDirectory();
        var marker = Path.Combine(directory.Path, "ran");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _shell.RunAsync(new ShellCommand("touch", marker), new CancellationToken(canceled: true)));

        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task Cancellation_stops_children_and_grandchildren_too()
    {
        // The program starts a child and, through a subshell, a grandchild, and prints all three pids.
        var script = "echo $$; sleep 300 & echo $!; (sleep 300 & echo $!; wait) & wait";
        using var cancellation = new CancellationTokenSource();
        var pids = new List<int>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in _shell.StreamLinesAsync(ShellCommand.UnsafeShell(script), cancellation.Token))
            {
                if (item is OutputLine line)
                {
                    pids.Add(int.Parse(line.Text, CultureInfo.InvariantCulture));
                    if (pids.Count == 3)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            }
        });

        Assert.Equal(3, pids.Count);
        Assert.All(pids, pid => Assert.False(ProcessTable.IsRunning(pid), $"process {pid} survived"));
    }

    [Fact]
    public async Task A_tree_that_ignores_SIGTERM_is_killed_entirely_after_the_grace_period()
    {
        var script = "trap '' TERM; echo $$; sh -c 'trap \"\" TERM; echo $$; while :; do sleep 1; done' & wait";
        using var cancellation = new CancellationTokenSource();
        var pids = new List<int>();
        var command = ShellCommand.UnsafeShell(script) with { GracePeriod = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in _shell.StreamLinesAsync(command, cancellation.Token))
            {
                if (item is OutputLine line)
                {
                    pids.Add(int.Parse(line.Text, CultureInfo.InvariantCulture));
                    if (pids.Count == 2)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            }
        });

        Assert.All(pids, pid => Assert.False(ProcessTable.IsRunning(pid), $"process {pid} survived"));
    }

    [Fact]
    public async Task A_grandchild_holding_the_pipes_after_its_parent_exits_does_not_hang_the_run()
    {
        // sh exits at once, but the background sleep inherited stdout and stderr and keeps them open.
        var command = ShellCommand.UnsafeShell("sleep 300 & echo $!; echo parent done") with { OutputDrainTimeout = TimeSpan.FromMilliseconds(300) };

        var result = await _shell.RunAsync(command);

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("parent done", lines[1]);
        Assert.False(ProcessTable.IsRunning(int.Parse(lines[0], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Output_a_background_process_writes_before_the_drain_timeout_is_kept()
    {
        var command = ShellCommand.UnsafeShell("(sleep 0.2; echo late) & echo early");

        var result = await _shell.RunAsync(command);

        Assert.Equal("early\nlate\n", result.StandardOutput);
    }

    [Theory]
    [InlineData("linux")]
    [InlineData("linux-polling")]
    public async Task Output_written_before_the_exit_is_kept_even_without_a_drain_wait(string launcher)
    {
        var command = new ShellCommand("seq", "1", "200000") { OutputDrainTimeout = TimeSpan.Zero };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.EndsWith("\n200000\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(200000, result.StandardOutput.Count(c => c == '\n'));
    }

    [Fact]
    public async Task Background_processes_left_by_the_program_are_stopped_when_it_exits()
    {
        var command = ShellCommand.UnsafeShell("sleep 300 >/dev/null 2>&1 & echo $!");

        var result = await _shell.RunAsync(command);

        Assert.False(ProcessTable.IsRunning(int.Parse(result.StandardOutput, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Background_processes_can_be_kept_on_purpose()
    {
        var command = ShellCommand.UnsafeShell("sleep 300 >/dev/null 2>&1 & echo $!") with { KeepBackgroundProcesses = true };

        var result = await _shell.RunAsync(command);

        var pid = int.Parse(result.StandardOutput, CultureInfo.InvariantCulture);
        try
        {
            Assert.True(ProcessTable.IsRunning(pid));
        }
        finally
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
    }

    [Fact]
    public async Task A_kept_background_process_that_holds_the_pipes_stops_being_read_after_the_drain_timeout()
    {
        var command = ShellCommand.UnsafeShell("sleep 300 & echo $!") with { KeepBackgroundProcesses = true, OutputDrainTimeout = TimeSpan.FromMilliseconds(200) };

        var result = await _shell.RunAsync(command);

        var pid = int.Parse(result.StandardOutput, CultureInfo.InvariantCulture);
        try
        {
            Assert.True(ProcessTable.IsRunning(pid));
        }
        finally
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
    }

    [Fact]
    public async Task A_stopped_process_is_woken_so_it_can_handle_SIGTERM()
    {
        // The program stops itself (as Ctrl+Z would); SIGTERM alone would stay pending until the grace period ends.
        var command = ShellCommand.UnsafeShell("trap 'echo cleaned up; exit 143' TERM; kill -STOP $$; sleep 300 & wait") with
        {
            Timeout = TimeSpan.FromSeconds(2),
            GracePeriod = TimeSpan.FromSeconds(60),
        };

        var error = await Assert.ThrowsAsync<CommandTimedOutException>(() => _shell.RunAsync(command));

        Assert.False(error.ForciblyKilled);
        Assert.Equal("cleaned up\n", error.Result!.StandardOutput);
    }

    [Fact]
    public async Task A_program_is_reaped_so_no_zombie_child_remains()
    {
        var result = await _shell.RunAsync(new ShellCommand("true"));

        Assert.DoesNotContain(ProcessTable.ChildrenOf(Environment.ProcessId), child => child.Pid == result.ProcessId);
    }
}
