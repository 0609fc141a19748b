using Toolkit.Errors;

namespace Toolkit.Shell.Tests.Errors;

public sealed class CommandErrorMessageTests
{
    [Fact]
    public void A_failure_with_silent_stderr_says_where_to_look()
    {
        var error = new CommandFailedException("deploy", 1, string.Empty, "Run");

        Assert.Contains("wrote nothing to standard error", error.Message, StringComparison.Ordinal);
        Assert.Contains("turn off exit-code validation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_death_by_signal_names_the_signal()
    {
        var error = new CommandFailedException("worker", 137, 9, "killed", "Run");

        Assert.Contains("signal 9 (SIGKILL)", error.Message, StringComparison.Ordinal);
        Assert.Equal(9, error.TerminatingSignal);
        Assert.Equal(137, error.ExitCode);
    }

    [Fact]
    public void A_failed_command_executed_by_another_driver_carries_that_driver()
    {
        var error = new CommandFailedException("ls", 2, null, "ls: /nope: No such file", "Exec", DriverNames.Docker);

        Assert.Equal(DriverNames.Docker, error.Driver);
        Assert.Equal("Exec", error.Operation);
    }

    [Fact]
    public void A_failed_command_can_carry_the_full_result()
    {
        var result = new CommandResult { ExitCode = 1, StandardOutput = "partial" };

        var error = new CommandFailedException("tool", 1, "bad", "Run") { Result = result };

        Assert.Same(result, error.Result);
    }

    [Fact]
    public void A_program_name_with_a_newline_cannot_split_the_message_line()
    {
        var error = new ExecutableNotFoundException("evil\nINFO all good", "PATH=/bin", "Run");

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_timeout_that_ended_in_a_kill_says_so_and_quotes_stderr()
    {
        var error = new CommandTimedOutException("server", TimeSpan.FromSeconds(3), forciblyKilled: true, "waiting for lock", "Run");

        Assert.True(error.ForciblyKilled);
        Assert.Contains("ignoring SIGTERM", error.Message, StringComparison.Ordinal);
        Assert.Contains("waiting for lock", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public void An_empty_code_driver_or_operation_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DriverException(" ", "m", "shell", "Run", false));
        Assert.Throws<ArgumentException>(() => new DriverException("X", "m", "", "Run", false));
        Assert.Throws<ArgumentException>(() => new DriverException("X", "m", "shell", "", false));
    }
}
