using System.Formats.Tar;
using System.Security.Cryptography;
using Toolkit.Docker.Containers;
using Toolkit.Errors;

namespace Toolkit.Docker.Tests;

[Collection(EngineCollection.Name)]
public sealed class CopyTests(EngineFixture engine) : RunningContainerTests(engine)
{
    [Fact]
    public async Task A_file_copied_in_is_seen_by_the_container_and_copies_back_out_identical()
    {
        using var host = new TempDirectory();
        var data = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var source = Path.Combine(host.Path, "payload.bin");
        await File.WriteAllBytesAsync(source, data);

        await Containers.CopyToContainerAsync(Container, source, "/tmp");
        var sum = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sha256sum", "/tmp/payload.bin"] });
        await Containers.CopyFromContainerAsync(Container, "/tmp/payload.bin", Path.Combine(host.Path, "back"));

        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(data)), sum.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(data, await File.ReadAllBytesAsync(Path.Combine(host.Path, "back", "payload.bin")));
    }

    [Fact]
    public async Task A_directory_tree_round_trips_with_its_structure_and_links()
    {
        using var host = new TempDirectory();
        host.File("tree/a.txt", "A");
        host.File("tree/sub/b.txt", "B");
        host.File("tree/sub/deeper/c.txt", "C");
        File.CreateSymbolicLink(Path.Combine(host.Path, "tree", "link-to-a"), "a.txt");
        var destination = "/tmp/" + Guid.NewGuid().ToString("N")[..8];
        await Containers.ExecAsync(Container, new ExecRequest { Command = ["mkdir", destination] });

        await Containers.CopyToContainerAsync(Container, Path.Combine(host.Path, "tree"), destination);
        var listing = await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", $"cd {destination}/tree && find . | sort && readlink link-to-a && cat sub/deeper/c.txt"] });
        await Containers.CopyFromContainerAsync(Container, destination + "/tree", Path.Combine(host.Path, "back"));

        Assert.Equal(".\n./a.txt\n./link-to-a\n./sub\n./sub/b.txt\n./sub/deeper\n./sub/deeper/c.txt\na.txt\nC", listing.StandardOutput);
        Assert.Equal("B", await File.ReadAllTextAsync(Path.Combine(host.Path, "back", "tree", "sub", "b.txt")));
        Assert.Equal("a.txt", new FileInfo(Path.Combine(host.Path, "back", "tree", "link-to-a")).LinkTarget);
    }

    [Fact]
    public async Task The_archive_of_a_path_can_be_read_as_a_stream()
    {
        await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "echo streamed > /tmp/streamed.txt"] });

        await using var archive = await Containers.OpenArchiveFromContainerAsync(Container, "/tmp/streamed.txt");
        using var reader = new TarReader(archive);
        var entry = await reader.GetNextEntryAsync();

        Assert.NotNull(entry);
        Assert.Equal("streamed.txt", entry.Name);
        using var text = new StreamReader(entry.DataStream!);
        Assert.Equal("streamed\n", await text.ReadToEndAsync());
    }

    [Fact]
    public async Task Stat_describes_files_and_directories()
    {
        await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "printf 12345 > /tmp/five && chmod 640 /tmp/five"] });

        var file = await Containers.StatPathAsync(Container, "/tmp/five");
        var directory = await Containers.StatPathAsync(Container, "/etc");

        Assert.Equal(("five", 5L, false, 0b110_100_000), (file.Name, file.Size, file.IsDirectory, file.Permissions));
        Assert.True(directory.IsDirectory);
    }

    [Fact]
    public async Task A_missing_path_is_path_not_found_and_a_missing_container_is_container_not_found()
    {
        using var host = new TempDirectory();

        var path = await Assert.ThrowsAsync<ContainerPathNotFoundException>(() => Containers.CopyFromContainerAsync(Container, "/no/such/file", host.Path));
        var into = await Assert.ThrowsAsync<ContainerPathNotFoundException>(() => Containers.CopyToContainerAsync(Container, host.File("x.txt", "x"), "/no/such/dir"));
        var stat = await Assert.ThrowsAsync<ContainerPathNotFoundException>(() => Containers.StatPathAsync(Container, "/no/such/file"));
        await Assert.ThrowsAsync<ContainerNotFoundException>(() => Containers.StatPathAsync(TestNames.Unique("ghost"), "/etc"));

        Assert.Equal("/no/such/file", path.Path);
        Assert.Equal("/no/such/dir", into.Path);
        Assert.Equal(DriverErrorCodes.ContainerPathNotFound, stat.Code);
    }

    [Fact]
    public async Task An_archive_entry_that_would_escape_the_destination_is_refused()
    {
        using var host = new TempDirectory();
        await Containers.ExecAsync(Container, new ExecRequest { Command = ["sh", "-c", "mkdir -p /tmp/evil && ln -sf /etc/passwd /tmp/evil/escape"] });

        // A symbolic link to an absolute path outside the destination must not be written as a link that leads out.
        var error = await Record.ExceptionAsync(() => Containers.CopyFromContainerAsync(Container, "/tmp/evil", host.Path));

        Assert.IsType<FileSystemException>(error);
        Assert.Contains("outside", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(new FileInfo(Path.Combine(host.Path, "evil", "escape")).LinkTarget);
    }
}
