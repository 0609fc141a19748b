using Toolkit.Errors;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class ExitCodeTests
{
    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_non_zero_exit_throws_with_the_exit_code_and_the_tail_of_stderr(string launcher)
    {
        var command = ShellCommand.UnsafeShell("echo compiling; echo 'error: missing semicolon' >&2; exit 3");

        var error = await Assert.ThrowsAsync<CommandFailedException>(() => Launchers.Driver(launcher).RunAsync(command));

        Assert.Equal(DriverErrorCodes.CommandFailed, error.Code);
        Assert.Equal(3, error.ExitCode);
        Assert.Equal("error: missing semicolon", error.StandardErrorTail);
        Assert.Contains("code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("error: missing semicolon", error.Message, StringComparison.Ordinal);
        Assert.Equal("compiling\n", error.Result!.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task With_validation_off_a_non_zero_exit_is_a_result(string launcher)
    {
        var command = new ShellCommand("grep", "-q", "needle", "/dev/null") { ValidateExitCode = false };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal(1, result.ExitCode);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Death_by_a_signal_reports_the_signal()
    {
        var command = ShellCommand.UnsafeShell("kill -KILL $$") with { ValidateExitCode = false };

        var result = await new ShellDriver().RunAsync(command);

        Assert.Equal(9, result.TerminatingSignal);
        Assert.Equal(137, result.ExitCode);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Death_by_a_signal_fails_validation_and_names_the_signal()
    {
        var error = await Assert.ThrowsAsync<CommandFailedException>(() => new ShellDriver().RunAsync(ShellCommand.UnsafeShell("kill -SEGV $$")));

        Assert.Equal(11, error.TerminatingSignal);
        Assert.Contains("SIGSEGV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quiet_command_still_explains_its_failure_from_stderr()
    {
        var command = ShellCommand.UnsafeShell("echo 'fatal: not a git repository' >&2; exit 128") with { Capture = OutputCapture.None };

        var error = await Assert.ThrowsAsync<CommandFailedException>(() => new ShellDriver().RunAsync(command));

        Assert.Equal("fatal: not a git repository", error.StandardErrorTail);
    }

    [Fact]
    public async Task The_stderr_tail_of_a_very_chatty_failure_is_its_last_lines()
    {
        var command = ShellCommand.UnsafeShell("seq 1 100000 >&2; echo 'the real reason' >&2; exit 1");

        var error = await Assert.ThrowsAsync<CommandFailedException>(() => new ShellDriver().RunAsync(command));

        Assert.EndsWith("100000\nthe real reason", error.StandardErrorTail, StringComparison.Ordinal);
        Assert.True(error.StandardErrorTail.Length < 5000);
    }
}
