using System.Security.Cryptography;
using Toolkit.Docker.Containers;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class LogsTests(EngineFixture engine)
{
    private IContainerDriver Containers => engine.Driver.Containers;

    private async Task<string> RunToExitAsync(ContainerConfig config)
    {
        var created = await Containers.CreateAsync(config);
        await using var wait = await Containers.BeginWaitAsync(created.Id);
        await Containers.StartAsync(created.Id);
        await wait.WaitAsync(TimeSpan.FromMinutes(2));
        return created.Id;
    }

    private static async Task<List<ContainerLogEntry>> CollectAsync(IAsyncEnumerable<ContainerLogEntry> entries)
    {
        var list = new List<ContainerLogEntry>();
        await foreach (var entry in entries)
        {
            list.Add(entry);
        }

        return list;
    }

    [Fact]
    public async Task Standard_output_and_standard_error_are_told_apart_each_in_order()
    {
        // The engine copies the two streams independently, so only the order within each stream is defined.
        var id = await RunToExitAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "echo one; echo two >&2; echo three; echo four >&2"] });

        var entries = await CollectAsync(Containers.GetLogsAsync(id));

        Assert.Equal(["one\n", "three\n"], entries.Where(e => e.Stream == DockerStreamKind.StandardOutput).Select(e => e.Text));
        Assert.Equal(["two\n", "four\n"], entries.Where(e => e.Stream == DockerStreamKind.StandardError).Select(e => e.Text));
        Assert.Equal(4, entries.Count);
        await Containers.RemoveAsync(id);
    }

    [Fact]
    public async Task Only_the_requested_stream_is_returned()
    {
        var id = await RunToExitAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "echo out; echo err >&2"] });

        var entries = await CollectAsync(Containers.GetLogsAsync(id, new ContainerLogOptions { StandardOutput = false }));

        Assert.Equal([(DockerStreamKind.StandardError, "err\n")], entries.Select(e => (e.Stream, e.Text)));
        await Containers.RemoveAsync(id);
    }

    [Fact]
    public async Task More_than_64_KiB_of_binary_output_comes_back_byte_for_byte()
    {
        // 200 KiB of random bytes, copied in and written to stdout; the 'local' log driver stores bytes as they are.
        var data = RandomNumberGenerator.GetBytes(200 * 1024);
        using var host = new TempDirectory();
        await File.WriteAllBytesAsync(Path.Combine(host.Path, "blob.bin"), data);
        var created = await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["cat", "/tmp/blob.bin"], LogDriver = ContainerLogDriver.Local });
        await Containers.CopyToContainerAsync(created.Id, Path.Combine(host.Path, "blob.bin"), "/tmp");
        await using (var wait = await Containers.BeginWaitAsync(created.Id))
        {
            await Containers.StartAsync(created.Id);
            Assert.Equal(0, (await wait.WaitAsync(TimeSpan.FromMinutes(2))).ExitCode);
        }

        var entries = await CollectAsync(Containers.GetLogsAsync(created.Id));
        var received = entries.SelectMany(e => e.Data.ToArray()).ToArray();

        Assert.All(entries, e => Assert.Equal(DockerStreamKind.StandardOutput, e.Stream));
        Assert.True(entries.Count > 4, "the output must have arrived as many frames");

        Assert.Equal(data.Length, received.Length);
        Assert.Equal(data, received);
        await Containers.RemoveAsync(created.Id);
    }

    [Fact]
    public async Task Tail_returns_only_the_last_lines()
    {
        var id = await RunToExitAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "for i in 1 2 3 4 5; do echo $i; done"] });

        var entries = await CollectAsync(Containers.GetLogsAsync(id, new ContainerLogOptions { Tail = 2 }));

        Assert.Equal(["4\n", "5\n"], entries.Select(e => e.Text));
        await Containers.RemoveAsync(id);
    }

    [Fact]
    public async Task Timestamps_are_parsed_off_each_entry()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var id = await RunToExitAsync(new ContainerConfig { Image = engine.Image, Command = ["echo", "stamped"] });

        var entry = Assert.Single(await CollectAsync(Containers.GetLogsAsync(id, new ContainerLogOptions { Timestamps = true })));

        Assert.Equal("stamped\n", entry.Text);
        Assert.NotNull(entry.Timestamp);
        Assert.InRange(entry.Timestamp.Value, before, DateTimeOffset.UtcNow.AddMinutes(1));
        await Containers.RemoveAsync(id);
    }

    [Fact]
    public async Task Since_leaves_out_earlier_output()
    {
        var id = await RunToExitAsync(new ContainerConfig { Image = engine.Image, Command = ["echo", "old"] });

        var entries = await CollectAsync(Containers.GetLogsAsync(id, new ContainerLogOptions { Since = DateTimeOffset.UtcNow.AddMinutes(5) }));

        Assert.Empty(entries);
        await Containers.RemoveAsync(id);
    }

    [Fact]
    public async Task A_tty_container_gives_one_raw_console_stream()
    {
        var id = await RunToExitAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "echo out; echo err >&2"], Tty = true });

        var entries = await CollectAsync(Containers.GetLogsAsync(id));

        Assert.All(entries, e => Assert.Equal(DockerStreamKind.Console, e.Stream));
        Assert.Equal("out\r\nerr\r\n", string.Concat(entries.Select(e => e.Text)));
        await Containers.RemoveAsync(id);
    }

    [Fact]
    public async Task Cancelling_a_followed_stream_ends_it_promptly_and_leaves_the_driver_usable()
    {
        var created = await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "while true; do echo tick; sleep 1; done"], Init = true });
        await Containers.StartAsync(created.Id);
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        var error = await Record.ExceptionAsync(async () =>
        {
            await foreach (var entry in Containers.GetLogsAsync(created.Id, new ContainerLogOptions { Follow = true }, cancel.Token))
            {
                Assert.Equal("tick\n", entry.Text);
                if (++seen == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(2, seen);
        Assert.True((await Containers.InspectAsync(created.Id)).State.Running);
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }

    [Fact]
    public async Task A_followed_stream_ends_by_itself_when_the_container_exits()
    {
        var created = await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sh", "-c", "echo a; sleep 1; echo b"] });
        await Containers.StartAsync(created.Id);

        var entries = await CollectAsync(Containers.GetLogsAsync(created.Id, new ContainerLogOptions { Follow = true }));

        Assert.Equal(["a\n", "b\n"], entries.Select(e => e.Text));
        await Containers.RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes);
    }
}
