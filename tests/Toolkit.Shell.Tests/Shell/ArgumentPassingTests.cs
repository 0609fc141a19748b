using System.Text;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class ArgumentPassingTests
{
    private static readonly string[] Awkward =
    [
        "plain",
        "",
        "with space",
        "  leading and trailing  ",
        "double \"quoted\"",
        "single 'quoted'",
        "back\\slash\\",
        "new\nline",
        "tab\there",
        "$HOME `id` $(id) ;|&<>*?[]{}~#!",
        "-n",
        "--flag=value with spaces",
        "ünïcødé ✓ 日本語 😀",
        "%s %d %%",
    ];

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Arguments_arrive_in_argv_exactly_as_given(string launcher)
    {
        // printf prints each argument after the format, unchanged, NUL-terminated: a byte-exact view of argv.
        var command = new ShellCommand("printf", ["%s\\0", .. Awkward]) { Capture = OutputCapture.Bytes };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        var received = Encoding.UTF8.GetString(result.StandardOutputBytes.Span).Split('\0')[..^1];
        Assert.Equal(Awkward, received);
    }

    [Fact]
    public async Task Argv0_is_the_program_as_the_caller_wrote_it()
    {
        var command = new ShellCommand("cat", "/proc/self/cmdline");

        var result = await Launchers.Driver("linux").RunAsync(command);

        Assert.Equal("cat\0/proc/self/cmdline\0", result.StandardOutput);
    }

    [Fact]
    public async Task A_shell_script_receives_untrusted_values_as_data_through_positional_parameters()
    {
        var command = ShellCommand.UnsafeShell("printf '%s' \"$1\"", "$(echo injected); echo injected");

        var result = await new ShellDriver().RunAsync(command);

        Assert.Equal("$(echo injected); echo injected", result.StandardOutput);
    }
}
