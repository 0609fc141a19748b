using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class EnvironmentTests
{
    private static async Task<Dictionary<string, string>> EnvironmentOf(string launcher, ShellCommand command)
    {
        var result = await Launchers.Driver(launcher).RunAsync(command);
        return result.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task An_added_variable_is_visible_next_to_the_inherited_ones(string launcher)
    {
        var environment = await EnvironmentOf(launcher, new ShellCommand("env", "-0").WithEnvironmentVariable("TOOLKIT_ADDED", "a b=c ü"));

        Assert.Equal("a b=c ü", environment["TOOLKIT_ADDED"]);
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), environment["PATH"]);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task An_overridden_variable_has_the_new_value(string launcher)
    {
        var environment = await EnvironmentOf(launcher, new ShellCommand("env", "-0").WithEnvironmentVariable("HOME", "/elsewhere"));

        Assert.Equal("/elsewhere", environment["HOME"]);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_removed_variable_is_absent(string launcher)
    {
        Assert.NotNull(Environment.GetEnvironmentVariable("HOME"));

        var environment = await EnvironmentOf(launcher, new ShellCommand("env", "-0").WithoutEnvironmentVariable("HOME"));

        Assert.False(environment.ContainsKey("HOME"));
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_clean_environment_holds_only_the_given_variables(string launcher)
    {
        var command = new ShellCommand("env", "-0") { InheritEnvironment = false }.WithEnvironmentVariable("ONLY", "this");

        var environment = await EnvironmentOf(launcher, command);

        Assert.Equal(new Dictionary<string, string> { ["ONLY"] = "this" }, environment);
    }

    [Fact]
    public async Task The_program_is_looked_up_in_the_PATH_the_process_will_get()
    {
        using var directory = new TempDirectory();
        directory.WriteScript("toolkit-hello", "#!/bin/sh\necho hello from path\n");

        var result = await new ShellDriver().RunAsync(new ShellCommand("toolkit-hello").WithEnvironmentVariable("PATH", directory.Path + ":/usr/bin:/bin"));

        Assert.Equal("hello from path\n", result.StandardOutput);
    }
}
