using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace Toolkit.Shell.Tests.Shell;

public sealed class ShellCommandTests
{
    [Fact]
    public void The_constructor_takes_the_program_and_its_arguments_as_a_list()
    {
        var command = new ShellCommand("git", "commit", "-m", "first commit");

        Assert.Equal("git", command.Program);
        Assert.Equal(new[] { "commit", "-m", "first commit" }, command.Arguments.ToArray());
    }

    [Fact]
    public void Defaults_are_safe()
    {
        var command = new ShellCommand("true");

        Assert.True(command.ValidateExitCode);
        Assert.True(command.InheritEnvironment);
        Assert.Same(CommandInput.None, command.StandardInput);
        Assert.Equal(OutputCapture.Text, command.Capture);
        Assert.Null(command.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), command.GracePeriod);
        Assert.False(command.KeepBackgroundProcesses);
        Assert.Equal(ShellCommand.DefaultMaxCapturedBytes, command.MaxCapturedBytes);
    }

    [Fact]
    public void With_makes_a_changed_copy_and_leaves_the_original_alone()
    {
        var original = new ShellCommand("ls", "-l");

        var changed = original with { Arguments = ["-a"], WorkingDirectory = "/tmp" };

        Assert.Equal(new[] { "-l" }, original.Arguments.ToArray());
        Assert.Null(original.WorkingDirectory);
        Assert.Equal(new[] { "-a" }, changed.Arguments.ToArray());
    }

    [Fact]
    public void Commands_with_equal_settings_are_equal_including_lists_and_environment()
    {
        var left = new ShellCommand("ls", "-l", "/") { StandardInput = CommandInput.FromText("x") }.WithEnvironmentVariable("A", "1");
        var right = new ShellCommand("ls", ["-l", "/"]) { StandardInput = CommandInput.FromText("x") }.WithEnvironmentVariable("A", "1");

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right with { Arguments = ["-l"] });
        Assert.NotEqual(left, right.WithEnvironmentVariable("A", "2"));
    }

    [Fact]
    public void Environment_helpers_add_and_remove_variables()
    {
        var command = new ShellCommand("env").WithEnvironmentVariable("ADDED", "1").WithoutEnvironmentVariable("HOME");

        Assert.Equal("1", command.EnvironmentVariables["ADDED"]);
        Assert.True(command.EnvironmentVariables.ContainsKey("HOME"));
        Assert.Null(command.EnvironmentVariables["HOME"]);
    }

    [Fact]
    public void A_default_argument_array_reads_as_empty()
    {
        var command = new ShellCommand { Program = "true", Arguments = default };

        Assert.Empty(command.Arguments);
        Assert.False(command.Arguments.IsDefault);
    }

    [Fact]
    public void ToString_renders_a_command_line_a_posix_shell_would_read_back_exactly()
    {
        var command = new ShellCommand("git", "commit", "-m", "it's done", "", "$HOME", "plain-arg=1");

        Assert.Equal("git commit -m 'it'\\''s done' '' '$HOME' plain-arg=1", command.ToString());
    }

    [Fact]
    public void UnsafeShell_runs_the_script_with_sh_and_passes_values_as_positional_parameters()
    {
        var command = ShellCommand.UnsafeShell("echo \"$1\"", "a; rm -rf /");

        Assert.Equal("/bin/sh", command.Program);
        Assert.Equal(new[] { "-c", "echo \"$1\"", "sh", "a; rm -rf /" }, command.Arguments.ToArray());
    }

    [Fact]
    public void DataAnnotations_see_the_required_program()
    {
        var command = new ShellCommand { Program = "" };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(command, new ValidationContext(command), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, result => result.MemberNames.Contains(nameof(ShellCommand.Program)));
    }

    [Fact]
    public void Environment_variable_names_are_case_sensitive()
    {
        var command = new ShellCommand("env") { EnvironmentVariables = ImmutableDictionary<string, string?>.Empty.Add("path", "x") };

        Assert.False(command.EnvironmentVariables.ContainsKey("PATH"));
    }
}
