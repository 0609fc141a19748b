using Toolkit.Errors;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class WorkingDirectoryTests
{
    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task The_process_starts_in_the_working_directory(string launcher)
    {
        using var directory = new TempDirectory();

        var result = await Launchers.Driver(launcher).RunAsync(new ShellCommand("pwd", "-P") { WorkingDirectory = directory.Path });

        Assert.Equal(directory.Path, result.StandardOutput.TrimEnd('\n'));
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_relative_program_path_is_resolved_against_the_working_directory(string launcher)
    {
        using var directory = new TempDirectory();
        directory.WriteScript("build.sh", "#!/bin/sh\necho built\n");

        var result = await Launchers.Driver(launcher).RunAsync(new ShellCommand("./build.sh") { WorkingDirectory = directory.Path });

        Assert.Equal("built\n", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_missing_working_directory_is_a_typed_error_naming_the_directory(string launcher)
    {
        var missing = Path.Combine(Path.GetTempPath(), "toolkit-missing-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<WorkingDirectoryNotFoundException>(
            () => Launchers.Driver(launcher).RunAsync(new ShellCommand("pwd") { WorkingDirectory = missing }));

        Assert.Equal(DriverErrorCodes.WorkingDirectoryNotFound, error.Code);
        Assert.Equal(missing, error.WorkingDirectory);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_given_as_working_directory_is_the_same_typed_error()
    {
        using var directory = new TempDirectory();
        var file = directory.WriteScript("not-a-directory", "x");

        var error = await Assert.ThrowsAsync<WorkingDirectoryNotFoundException>(
            () => new ShellDriver().RunAsync(new ShellCommand("pwd") { WorkingDirectory = file }));

        Assert.Equal(file, error.FullPath);
    }
}
