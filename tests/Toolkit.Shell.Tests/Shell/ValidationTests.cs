namespace Toolkit.Shell.Tests.Shell;

/// <summary>An invalid command is refused before anything starts, with an error naming the property and the problem.</summary>
public sealed class ValidationTests
{
    private readonly ShellDriver _shell = new();

    public static TheoryData<string, ShellCommand, string> InvalidCommands => new()
    {
        { "empty program", new ShellCommand { Program = " " }, "ShellCommand.Program is empty" },
        { "null argument", new ShellCommand("echo", ["ok", null!]), "ShellCommand.Arguments[1] is null" },
        { "NUL in argument", new ShellCommand("echo", "a\0b"), "ShellCommand.Arguments[0] ('a\\u0000b') contains a NUL character at index 1" },
        { "lone surrogate", new ShellCommand("echo", "x\ud800"), "ShellCommand.Arguments[0]" },
        { "empty working directory", new ShellCommand("pwd") { WorkingDirectory = "" }, "ShellCommand.WorkingDirectory is empty" },
        { "'=' in variable name", new ShellCommand("env").WithEnvironmentVariable("A=B", "1"), "'A=B', which is not a valid variable name" },
        { "NUL in variable value", new ShellCommand("env").WithEnvironmentVariable("A", "x\0"), "ShellCommand.EnvironmentVariables['A']" },
        { "zero timeout", new ShellCommand("true") { Timeout = TimeSpan.Zero }, "ShellCommand.Timeout is 00:00:00" },
        { "negative grace period", new ShellCommand("true") { GracePeriod = TimeSpan.FromSeconds(-1) }, "ShellCommand.GracePeriod" },
        { "negative drain timeout", new ShellCommand("true") { OutputDrainTimeout = TimeSpan.FromSeconds(-1) }, "ShellCommand.OutputDrainTimeout" },
        { "negative capture limit", new ShellCommand("true") { MaxCapturedBytes = -1 }, "ShellCommand.MaxCapturedBytes is -1" },
        { "zero line length", new ShellCommand("true") { MaxLineLength = 0 }, "ShellCommand.MaxLineLength is 0" },
        { "undefined capture mode", new ShellCommand("true") { Capture = (OutputCapture)42 }, "ShellCommand.Capture is 42" },
    };

    [Theory]
    [MemberData(nameof(InvalidCommands))]
    public void An_invalid_command_is_refused_with_a_message_naming_the_property(string because, ShellCommand command, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => { _ = _shell.RunAsync(command); });

        Assert.Equal("command", error.ParamName);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{because}: {error.Message}");
    }

    [Fact]
    public void Streaming_methods_validate_before_returning_the_stream()
    {
        var command = new ShellCommand { Program = "" };

        Assert.ThrowsAny<ArgumentException>(() => { _ = _shell.StreamLinesAsync(command); });
        Assert.ThrowsAny<ArgumentException>(() => { _ = _shell.StreamChunksAsync(command); });
    }

    [Fact]
    public void A_null_command_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => { _ = _shell.RunAsync(null!); });
    }
}
