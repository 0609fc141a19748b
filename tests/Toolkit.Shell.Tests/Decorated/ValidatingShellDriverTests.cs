using Toolkit.Errors;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Decorated;

/// <summary>
/// The runtime's own <see cref="IShellDriver"/> carries <c>[GenerateValidation]</c>: the generated
/// <see cref="ValidatingShellDriver"/> checks <see cref="ShellCommand"/>'s DataAnnotations before a process starts.
/// </summary>
public sealed class ValidatingShellDriverTests
{
    [Fact]
    public async Task An_invalid_command_is_rejected_with_every_failing_field_named()
    {
        IShellDriver shell = new ValidatingShellDriver(new ShellDriver());
        var command = new ShellCommand { Program = " ", MaxCapturedBytes = -1, MaxLineLength = 0 };

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => shell.RunAsync(command));

        Assert.Equal(["command.Program", "command.MaxCapturedBytes", "command.MaxLineLength"], error.Failures.Select(f => f.Path));
        Assert.Equal(["Required", "Range", "Range"], error.Failures.Select(f => f.Rule));
        Assert.Equal(DriverErrorCodes.ValidationFailed, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Equal("shell", error.Driver);
        Assert.Equal("RunAsync", error.Operation);
    }

    [Fact]
    public async Task A_rejected_command_never_starts_a_process()
    {
        using var temp = new TempDirectory();
        var marker = Path.Combine(temp.Path, "ran");
        IShellDriver shell = new ValidatingShellDriver(new ShellDriver());

        await Assert.ThrowsAsync<DriverValidationException>(() => shell.RunAsync(new ShellCommand("touch", marker) { MaxLineLength = 0 }));

        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task A_valid_command_runs_through_the_decorator()
    {
        IShellDriver shell = new ValidatingShellDriver(new ShellDriver());

        var result = await shell.RunAsync(new ShellCommand("echo", "through the decorator"));

        Assert.Equal("through the decorator\n", result.StandardOutput);
    }

    [Fact]
    public void A_stream_with_an_invalid_command_is_rejected_at_the_call_before_enumeration()
    {
        IShellDriver shell = new ValidatingShellDriver(new ShellDriver());

        var error = Assert.Throws<DriverValidationException>(() => shell.StreamLinesAsync(new ShellCommand { Program = "" }));

        Assert.Equal("command.Program", Assert.Single(error.Failures).Path);
        Assert.Equal("StreamLinesAsync", error.Operation);
    }

    [Fact]
    public async Task A_null_command_is_a_validation_failure_naming_the_parameter()
    {
        IShellDriver shell = new ValidatingShellDriver(new ShellDriver());

        var error = await Assert.ThrowsAsync<DriverValidationException>(() => shell.RunAsync(null!));

        var failure = Assert.Single(error.Failures);
        Assert.Equal(("command", "NotNull"), (failure.Path, failure.Rule));
    }
}
