using System.Security.Cryptography;
using Toolkit.Docker.Containers;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class ExecTests(EngineFixture engine) : RunningContainerTests(engine)
{
    [Fact]
    public async Task Exec_returns_stdout_stderr_and_the_exit_code_after_the_stream_ends()
    {
        var result = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "echo out; echo err >&2; sleep 1; echo late; exit 42"] });

        Assert.Equal(42, result.ExitCode);
        Assert.Equal("out\nlate\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
        Assert.False(result.OutputTruncated);
    }

    [Fact]
    public async Task Exec_arguments_arrive_exactly_as_given()
    {
        string[] arguments = ["with space", "quote\"s", "new\nline", "naïve ✓", "$HOME", ""];

        var result = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "for a in \"$@\"; do printf '[%s]' \"$a\"; done", "sh", .. arguments] });

        Assert.Equal(string.Concat(arguments.Select(a => "[" + a + "]")), result.StandardOutput);
    }

    [Fact]
    public async Task Binary_output_over_64_KiB_comes_back_byte_for_byte_on_each_stream()
    {
        var data = RandomNumberGenerator.GetBytes(300 * 1024);
        await Containers.CopyArchiveToContainerAsync(Container, TarOf("blob.bin", data), "/tmp");

        var result = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "cat /tmp/blob.bin; cat /tmp/blob.bin >&2"] });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(data, result.StandardOutputBytes.ToArray());
        Assert.Equal(data, result.StandardErrorBytes.ToArray());
    }

    [Fact]
    public async Task Output_beyond_the_cap_is_dropped_and_flagged()
    {
        var result = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "head -c 100000 /dev/zero"], MaxOutputBytes = 1000 });

        Assert.Equal(1000, result.StandardOutputBytes.Length);
        Assert.True(result.OutputTruncated);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Exec_uses_the_given_user_environment_and_directory()
    {
        var result = await Containers.ExecAsync(Container, new ExecRequest
        {
            Command = ["sh", "-c", "echo $(id -u) \"$WHO\" $(pwd)"],
            User = "toolkit",
            Environment = new Dictionary<string, string> { ["WHO"] = "me" },
            WorkingDirectory = "/home/toolkit",
        });

        Assert.Equal("1234 me /home/toolkit\n", result.StandardOutput);
    }

    [Fact]
    public async Task Exec_with_a_tty_merges_the_streams()
    {
        var result = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "echo out; echo err >&2; exit 5"], Tty = true });

        Assert.Equal(5, result.ExitCode);
        Assert.Equal("out\r\nerr\r\n", result.StandardOutput);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public async Task Exec_in_a_stopped_container_is_a_conflict()
    {
        var stopped = await Containers.CreateAsync(new ContainerConfig { Image = Engine.Image, Command = ["true"] });

        var error = await Assert.ThrowsAsync<DockerConflictException>(() => Containers.ExecAsync(stopped.Id, new ExecRequest { Command = ["true"] }));

        Assert.Contains("is not running", error.EngineMessage, StringComparison.Ordinal);
        await Containers.RemoveAsync(stopped.Id);
    }

    [Fact]
    public async Task Exec_in_a_missing_container_is_container_not_found()
    {
        await Assert.ThrowsAsync<ContainerNotFoundException>(() => Containers.ExecAsync(TestNames.Unique("ghost"), new ExecRequest { Command = ["true"] }));
    }

    [Fact]
    public async Task An_exec_that_runs_past_its_timeout_fails_with_a_timeout()
    {
        var error = await Assert.ThrowsAsync<DriverTimeoutException>(() => Containers.ExecAsync(Container, new ExecRequest { Command = ["sleep", "30"], Timeout = TimeSpan.FromMilliseconds(500) }));

        Assert.Equal("ExecInContainer", error.Operation);
    }

    [Fact]
    public async Task Many_execs_in_a_row_all_report_their_own_exit_code()
    {
        for (var i = 0; i < 20; i++)
        {
            var result = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", $"echo {i}; exit {i}"] });

            Assert.Equal((i, $"{i}\n"), (result.ExitCode, result.StandardOutput));
        }
    }

    private static MemoryStream TarOf(string name, byte[] data)
    {
        var tar = new MemoryStream();
        using (var writer = new System.Formats.Tar.TarWriter(tar, leaveOpen: true))
        {
            writer.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) });
        }

        tar.Position = 0;
        return tar;
    }
}
