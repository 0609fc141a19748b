using Toolkit.Errors;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class ExecutableTests
{
    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_missing_executable_is_a_typed_error_that_says_where_it_looked(string launcher)
    {
        var error = await Assert.ThrowsAsync<ExecutableNotFoundException>(
            () => Launchers.Driver(launcher).RunAsync(new ShellCommand("toolkit-no-such-program", "--version")));

        Assert.Equal(DriverErrorCodes.ExecutableNotFound, error.Code);
        Assert.Equal("toolkit-no-such-program", error.Program);
        Assert.Contains("/usr/bin", error.Searched, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_missing_absolute_path_is_reported_with_that_path()
    {
        var error = await Assert.ThrowsAsync<ExecutableNotFoundException>(
            () => new ShellDriver().RunAsync(new ShellCommand("/opt/toolkit/missing-tool")));

        Assert.Equal("/opt/toolkit/missing-tool", error.Searched);
    }

    [Fact]
    public async Task A_file_without_execute_permission_is_not_executed()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "data.sh");
        await File.WriteAllTextAsync(path, "#!/bin/sh\necho should-not-run\n");

        await Assert.ThrowsAsync<ExecutableNotFoundException>(() => new ShellDriver().RunAsync(new ShellCommand(path)));
    }

    [Fact]
    public async Task A_directory_is_not_an_executable()
    {
        await Assert.ThrowsAsync<ExecutableNotFoundException>(() => new ShellDriver().RunAsync(new ShellCommand("/usr/bin/")));
    }

    [Fact]
    public async Task A_script_whose_interpreter_is_missing_says_so()
    {
        using var directory = new TempDirectory();
        var path = directory.WriteScript("tool", "#!/toolkit/no/such/interpreter\n");

        var error = await Assert.ThrowsAsync<ExecutableNotFoundException>(() => Launchers.Driver("linux").RunAsync(new ShellCommand(path)));

        Assert.Contains("interpreter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_executable_file_in_no_known_format_is_a_start_error()
    {
        using var directory = new TempDirectory();
        var path = directory.WriteScript("garbage", "\u0001\u0002\u0003 not a program");

        var error = await Assert.ThrowsAsync<CommandStartException>(() => Launchers.Driver("linux").RunAsync(new ShellCommand(path)));

        Assert.Equal(DriverErrorCodes.CommandStartFailed, error.Code);
        Assert.Equal(8, error.ErrorNumber);
    }
}
