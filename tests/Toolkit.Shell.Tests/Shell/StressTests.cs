using System.Globalization;
using Toolkit.Shell.Tests.Support;

namespace Toolkit.Shell.Tests.Shell;

/// <summary>Abuse the driver must survive. Runs alone (see <see cref="SerialCollection"/>) because it counts descriptors and children.</summary>
[Collection(SerialCollection.Name)]
public sealed class StressTests
{
    private readonly ShellDriver _shell = new();

    [Fact]
    public async Task A_hundred_megabytes_interleaved_on_stdout_and_stderr_cannot_deadlock()
    {
        // One process alternates 500 KB bursts between the two streams, 100 times: every burst is far larger than a
        // pipe, so a reader that drained only one stream at a time would leave the writer blocked on the other.
        const int Bursts = 100;
        const int BurstSize = 500_000;
        var script = $"i=0; while [ $i -lt {Bursts} ]; do head -c {BurstSize} /dev/zero | tr '\\0' o; head -c {BurstSize} /dev/zero | tr '\\0' e >&2; i=$((i+1)); done";
        var command = ShellCommand.UnsafeShell(script) with { Capture = OutputCapture.Bytes, MaxCapturedBytes = 64_000_000 };

        var result = await _shell.RunAsync(command);

        Assert.Equal(Bursts * BurstSize, result.StandardOutputBytes.Length);
        Assert.Equal(Bursts * BurstSize, result.StandardErrorBytes.Length);
        Assert.True(result.StandardOutputBytes.Span.IndexOfAnyExcept((byte)'o') < 0);
        Assert.True(result.StandardErrorBytes.Span.IndexOfAnyExcept((byte)'e') < 0);
    }

    [Fact]
    public async Task A_thousand_concurrent_short_commands_leak_no_descriptors_and_no_processes()
    {
        Task<CommandResult[]> RunMany(int count) => Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            _shell.RunAsync(new ShellCommand("echo", i.ToString(CultureInfo.InvariantCulture)) { StandardInput = CommandInput.FromText("in") })));

        // Warm up first: the shared I/O thread and lazily loaded assemblies hold descriptors for the process's lifetime.
        await RunMany(20);
        var descriptorsBefore = ProcessTable.OpenDescriptorCount();

        var results = await RunMany(1000);

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"{i}\n"), results.Select(result => result.StandardOutput));
        Assert.Equal(descriptorsBefore, ProcessTable.OpenDescriptorCount());
        Assert.Empty(ProcessTable.ChildrenOf(Environment.ProcessId));
    }

    [Fact]
    public async Task A_thousand_concurrent_streams_leak_no_descriptors_and_no_processes()
    {
        Task<int[]> StreamMany(int count) => Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var lines = 0;
            await foreach (var item in _shell.StreamLinesAsync(new ShellCommand("seq", "1", "20")))
            {
                if (item is OutputLine)
                {
                    lines++;
                }
            }

            return lines;
        }));

        await StreamMany(20);
        var descriptorsBefore = ProcessTable.OpenDescriptorCount();

        var counts = await StreamMany(1000);

        Assert.All(counts, count => Assert.Equal(20, count));
        Assert.Equal(descriptorsBefore, ProcessTable.OpenDescriptorCount());
        Assert.Empty(ProcessTable.ChildrenOf(Environment.ProcessId));
    }

    [Fact]
    public async Task Stopping_many_commands_at_once_leaves_nothing_behind()
    {
        async Task StopMany(int count)
        {
            var runs = Enumerable.Range(0, count).Select(_ =>
                _shell.RunAsync(ShellCommand.UnsafeShell("sleep 300 & sleep 300 & wait") with { Timeout = TimeSpan.FromMilliseconds(300) })).ToList();
            foreach (var run in runs)
            {
                await Assert.ThrowsAsync<Toolkit.Errors.CommandTimedOutException>(() => run);
            }
        }

        await StopMany(5);
        var descriptorsBefore = ProcessTable.OpenDescriptorCount();

        await StopMany(100);

        Assert.Equal(descriptorsBefore, ProcessTable.OpenDescriptorCount());
        Assert.Empty(ProcessTable.ChildrenOf(Environment.ProcessId));
    }
}
