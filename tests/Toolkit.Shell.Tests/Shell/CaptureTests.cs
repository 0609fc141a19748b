using System.Text;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class CaptureTests
{
    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Text_capture_decodes_both_streams(string launcher)
    {
        var command = ShellCommand.UnsafeShell("printf 'out ü\\n'; printf 'err ✓\\n' >&2");

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal("out ü\n", result.StandardOutput);
        Assert.Equal("err ✓\n", result.StandardError);
        Assert.True(result.StandardOutputBytes.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Byte_capture_keeps_raw_bytes(string launcher)
    {
        var command = new ShellCommand("printf", "\\000\\377\\n") { Capture = OutputCapture.Bytes };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal(new byte[] { 0, 255, 10 }, result.StandardOutputBytes.ToArray());
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Output_past_the_cap_is_read_dropped_and_flagged(string launcher)
    {
        var command = new ShellCommand("head", "-c", "5000000", "/dev/zero") { Capture = OutputCapture.Bytes, MaxCapturedBytes = 1000 };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal(1000, result.StandardOutputBytes.Length);
        Assert.True(result.StandardOutputTruncated);
        Assert.False(result.StandardErrorTruncated);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Text_cut_by_the_cap_never_ends_in_half_a_character()
    {
        // "€" is three bytes in UTF-8; a cap of 4 bytes keeps "€" and one byte of the next one.
        var command = new ShellCommand("printf", "€€€") { MaxCapturedBytes = 4 };

        var result = await new ShellDriver().RunAsync(command);

        Assert.Equal("€", result.StandardOutput);
        Assert.True(result.StandardOutputTruncated);
    }

    [Fact]
    public async Task Output_can_be_decoded_with_another_encoding()
    {
        var command = new ShellCommand("printf", "\\344\\366") { OutputEncoding = Encoding.Latin1 };

        var result = await new ShellDriver().RunAsync(command);

        Assert.Equal("äö", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Quiet_mode_keeps_no_output_but_reports_the_exit_code(string launcher)
    {
        var command = ShellCommand.UnsafeShell("head -c 3000000 /dev/zero; echo noise >&2; exit 0") with { Capture = OutputCapture.None };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.Equal(string.Empty, result.StandardError);
        Assert.True(result.StandardOutputBytes.IsEmpty);
    }

    [Fact]
    public async Task The_result_reports_pid_and_duration()
    {
        var result = await new ShellDriver().RunAsync(new ShellCommand("true"));

        Assert.True(result.ProcessId > 0);
        Assert.True(result.Duration > TimeSpan.Zero);
        Assert.True(result.Succeeded);
    }
}
