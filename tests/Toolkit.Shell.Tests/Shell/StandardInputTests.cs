using System.Security.Cryptography;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class StandardInputTests
{
    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Text_input_reaches_standard_input(string launcher)
    {
        var command = new ShellCommand("cat") { StandardInput = CommandInput.FromText("line one\nzwei ü\n") };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal("line one\nzwei ü\n", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Byte_input_reaches_standard_input_unchanged(string launcher)
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var command = new ShellCommand("cat") { StandardInput = CommandInput.FromBytes(bytes), Capture = OutputCapture.Bytes };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal(bytes, result.StandardOutputBytes.ToArray());
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Stream_input_is_copied_while_the_process_reads_it(string launcher)
    {
        var bytes = RandomNumberGenerator.GetBytes(20 * 1024 * 1024);
        using var stream = new MemoryStream(bytes);

        var result = await Launchers.Driver(launcher).RunAsync(new ShellCommand("sha256sum") { StandardInput = CommandInput.FromStream(stream) });

        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Without_input_the_process_reads_end_of_file_at_once(string launcher)
    {
        var result = await Launchers.Driver(launcher).RunAsync(new ShellCommand("cat"));

        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_process_that_stops_reading_early_is_not_an_error(string launcher)
    {
        var command = new ShellCommand("head", "-c", "5") { StandardInput = CommandInput.FromBytes(new byte[10 * 1024 * 1024]), Capture = OutputCapture.Bytes };

        var result = await Launchers.Driver(launcher).RunAsync(command);

        Assert.Equal(5, result.StandardOutputBytes.Length);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task A_failing_input_stream_stops_the_process_and_surfaces_the_error(string launcher)
    {
        var command = new ShellCommand("cat") { StandardInput = CommandInput.FromStream(new FailingStream()) };

        var error = await Assert.ThrowsAsync<IOException>(() => Launchers.Driver(launcher).RunAsync(command));

        Assert.Equal(FailingStream.Message, error.Message);
    }

    [Fact]
    public void A_stream_that_cannot_be_read_is_refused()
    {
        using var stream = new WriteOnlyStream();

        var error = Assert.Throws<ArgumentException>(() => CommandInput.FromStream(stream));

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Gives some bytes, then fails the way a broken network stream would.</summary>
    private sealed class FailingStream : Stream
    {
        public const string Message = "the upload connection was reset";
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _reads++ == 0 ? 1 : throw new IOException(Message);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
