using System.Globalization;
using System.Text;
using Toolkit.Errors;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

public sealed class StreamingTests
{
    private readonly ShellDriver _shell = new();

    private static async Task<List<CommandEvent>> CollectAsync(IAsyncEnumerable<CommandEvent> events)
    {
        var list = new List<CommandEvent>();
        await foreach (var item in events)
        {
            list.Add(item);
        }

        return list;
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Lines_arrive_tagged_with_their_stream_between_started_and_exited(string launcher)
    {
        var command = ShellCommand.UnsafeShell("echo one; echo warn >&2; echo two; echo three");

        var events = await CollectAsync(Launchers.Driver(launcher).StreamLinesAsync(command));

        var started = Assert.IsType<CommandStarted>(events[0]);
        var exited = Assert.IsType<CommandExited>(events[^1]);
        Assert.Equal(started.ProcessId, exited.Result.ProcessId);
        Assert.Equal(0, exited.Result.ExitCode);
        var lines = events.OfType<OutputLine>().ToList();
        Assert.Equal(["one", "two", "three"], lines.Where(l => l.Source == OutputSource.StandardOutput).Select(l => l.Text));
        Assert.Equal(["warn"], lines.Where(l => l.Source == OutputSource.StandardError).Select(l => l.Text));
    }

    [Fact]
    public async Task Many_lines_keep_their_order()
    {
        var events = await CollectAsync(_shell.StreamLinesAsync(new ShellCommand("seq", "1", "100000")));

        var numbers = events.OfType<OutputLine>().Select(line => int.Parse(line.Text, CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 100000), numbers);
    }

    [Fact]
    public async Task Line_endings_are_removed_and_a_last_unterminated_line_is_kept()
    {
        var events = await CollectAsync(_shell.StreamLinesAsync(new ShellCommand("printf", "dos\\r\\nunix\\n\\nlast")));

        Assert.Equal(["dos", "unix", "", "last"], events.OfType<OutputLine>().Select(line => line.Text));
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_arrives_in_pieces()
    {
        var command = new ShellCommand("printf", new string('x', 25) + "\\n") { MaxLineLength = 10 };

        var events = await CollectAsync(_shell.StreamLinesAsync(command));

        Assert.Equal([10, 10, 5], events.OfType<OutputLine>().Select(line => line.Text.Length));
    }

    [Fact]
    public async Task A_character_split_between_reads_is_decoded_whole()
    {
        // 100,000 three-byte characters: 64 KiB reads cut many of them in half.
        var text = new string('€', 100_000);
        var command = new ShellCommand("cat") { StandardInput = CommandInput.FromText(text) };

        var events = await CollectAsync(_shell.StreamLinesAsync(command));

        Assert.Equal(text, string.Concat(events.OfType<OutputLine>().Select(line => line.Text)));
    }

    [Theory]
    [MemberData(nameof(Launchers.All), MemberType = typeof(Launchers))]
    public async Task Chunks_add_up_to_the_exact_output(string launcher)
    {
        var expected = string.Concat(Enumerable.Range(1, 200_000).Select(i => i.ToString(CultureInfo.InvariantCulture) + "\n"));

        var events = await CollectAsync(Launchers.Driver(launcher).StreamChunksAsync(new ShellCommand("seq", "1", "200000")));

        var chunks = events.OfType<OutputChunk>().ToList();
        Assert.All(chunks, chunk => Assert.False(chunk.Data.IsEmpty));
        Assert.Equal(expected, Encoding.ASCII.GetString(chunks.SelectMany(chunk => chunk.Data.ToArray()).ToArray()));
    }

    [Fact]
    public async Task A_failing_command_throws_after_its_output_was_delivered()
    {
        var lines = new List<string>();

        var error = await Assert.ThrowsAsync<CommandFailedException>(async () =>
        {
            await foreach (var item in _shell.StreamLinesAsync(ShellCommand.UnsafeShell("echo progress; echo broken >&2; exit 2")))
            {
                if (item is OutputLine line)
                {
                    lines.Add(line.Text);
                }
            }
        });

        Assert.Equal(2, error.ExitCode);
        Assert.Equal(["broken", "progress"], lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task With_validation_off_a_failure_ends_with_an_exited_event()
    {
        var command = ShellCommand.UnsafeShell("exit 5") with { ValidateExitCode = false };

        var events = await CollectAsync(_shell.StreamChunksAsync(command));

        Assert.Equal(5, Assert.IsType<CommandExited>(events[^1]).Result.ExitCode);
    }

    [Fact]
    public async Task A_slow_consumer_holds_the_writer_back_instead_of_buffering_its_output()
    {
        await using var events = _shell.StreamLinesAsync(new ShellCommand("yes", "toolkit")).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        var pid = Assert.IsType<CommandStarted>(events.Current).ProcessId;
        Assert.True(await events.MoveNextAsync());

        // The consumer now pauses. yes writes as fast as it can, so it can only be asleep if its pipe is full
        // because the driver stopped reading; wait for that, then check how much it managed to write.
        var written = await WaitUntilBlockedAsync(pid);

        Assert.InRange(written, 1, 4 * 1024 * 1024);
    }

    [Fact]
    public async Task Leaving_the_loop_early_stops_the_process()
    {
        int pid = 0;
        await foreach (var item in _shell.StreamLinesAsync(ShellCommand.UnsafeShell("echo first; exec sleep 300")))
        {
            if (item is CommandStarted started)
            {
                pid = started.ProcessId;
            }

            if (item is OutputLine)
            {
                break;
            }
        }

        Assert.False(ProcessTable.IsRunning(pid));
    }

    [Fact]
    public async Task A_stream_that_runs_past_its_timeout_throws_a_timeout()
    {
        var command = new ShellCommand("sleep", "300") { Timeout = TimeSpan.FromMilliseconds(200) };

        await Assert.ThrowsAsync<CommandTimedOutException>(() => CollectAsync(_shell.StreamLinesAsync(command)));
    }

    /// <summary>Polls /proc until the process sleeps with an unchanged write count, then returns the bytes it wrote.</summary>
    private static async Task<long> WaitUntilBlockedAsync(int pid)
    {
        long previous = -1;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var state = File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1][0];
            var written = File.ReadLines($"/proc/{pid}/io").First(line => line.StartsWith("wchar:", StringComparison.Ordinal))[6..].Trim();
            var bytes = long.Parse(written, CultureInfo.InvariantCulture);
            if (state == 'S' && bytes == previous)
            {
                return bytes;
            }

            previous = state == 'S' ? bytes : -1;
            await Task.Delay(50);
        }

        throw new TimeoutException("The writer never blocked: output is being buffered without bound.");
    }
}
