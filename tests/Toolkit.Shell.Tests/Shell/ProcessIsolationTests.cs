using System.Globalization;
using Toolkit.Interop;
using Toolkit.Shell.Linux;

namespace Toolkit.Shell.Tests.Shell;

/// <summary>What a started process inherits from this one, and what it does not.</summary>
public sealed class ProcessIsolationTests
{
    private readonly ShellDriver _shell = new();

    [Fact]
    public async Task The_process_inherits_only_stdin_stdout_and_stderr()
    {
        // A descriptor opened without O_CLOEXEC, as native libraries sometimes do, would otherwise leak into every child.
        var (readEnd, writeEnd) = OpenInheritablePipe();
        try
        {
            var result = await _shell.RunAsync(new ShellCommand("ls", "-1", "/proc/self/fd"));

            // ls itself opens the directory it lists as descriptor 3.
            Assert.Equal(["0", "1", "2", "3"], result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            _ = LibC.Close(readEnd);
            _ = LibC.Close(writeEnd);
        }
    }

    [Fact]
    public async Task SIGPIPE_is_not_ignored_in_the_process_although_dotnet_ignores_it()
    {
        var result = await _shell.RunAsync(new ShellCommand("grep", "^SigIgn:", "/proc/self/status"));

        var ignored = Convert.ToUInt64(result.StandardOutput["SigIgn:".Length..].Trim(), 16);
        Assert.Equal(0UL, ignored & (1UL << (Signals.Pipe - 1)));
    }

    [Fact]
    public async Task A_pipeline_in_a_shell_ends_quietly_when_its_reader_stops()
    {
        var result = await _shell.RunAsync(ShellCommand.UnsafeShell("yes | head -n 2"));

        Assert.Equal("y\ny\n", result.StandardOutput);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public async Task The_process_leads_its_own_process_group()
    {
        var result = await _shell.RunAsync(new ShellCommand("cat", "/proc/self/stat"));

        var fields = result.StandardOutput[(result.StandardOutput.LastIndexOf(')') + 2)..].Split(' ');
        Assert.Equal(result.ProcessId, int.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    private static unsafe (int Read, int Write) OpenInheritablePipe()
    {
        int* fds = stackalloc int[2];
        Assert.Equal(0, LibC.Pipe2(fds, 0));
        return (fds[0], fds[1]);
    }
}
