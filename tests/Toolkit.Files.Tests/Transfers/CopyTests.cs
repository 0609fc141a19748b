using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Transfers;

public sealed class CopyTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Copies_content_and_permission_bits()
    {
        string source = _dir.File("src.sh", "#!/bin/sh\necho hi\n");
        File.SetUnixFileMode(source, (UnixFileMode)0b111_101_000);
        var driver = Drivers.Confined(_dir.Path);

        await driver.CopyAsync("src.sh", "copy.sh");

        Assert.Equal(_dir.Read("src.sh"), _dir.Read("copy.sh"));
        Assert.Equal((UnixFileMode)0b111_101_000, File.GetUnixFileMode(_dir["copy.sh"]));
    }

    [Fact]
    public async Task An_existing_destination_fails_unless_overwrite_is_set()
    {
        _dir.File("a.txt", "new");
        _dir.File("b.txt", "old");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.CopyAsync("a.txt", "b.txt"));
        Assert.Equal("old", _dir.Read("b.txt"));

        await driver.CopyAsync("a.txt", "b.txt", new CopyOptions { Overwrite = true });
        Assert.Equal("new", _dir.Read("b.txt"));
    }

    [Fact]
    public async Task Progress_reports_a_growing_total_that_ends_at_the_file_size()
    {
        byte[] content = new byte[20 * 1024 * 1024 + 3];
        new Random(1).NextBytes(content);
        await File.WriteAllBytesAsync(_dir["big.bin"], content);
        var reports = new List<long>();
        var driver = Drivers.Confined(_dir.Path);

        await driver.CopyAsync("big.bin", "copy.bin", new CopyOptions { Progress = new SynchronousProgress<long>(reports.Add), Durable = true });

        Assert.Equal(content, await File.ReadAllBytesAsync(_dir["copy.bin"]));
        Assert.True(reports.Count >= 3, $"Expected several reports for 20 MiB, got {reports.Count}.");
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(content.Length, reports[^1]);
    }

    [Fact]
    public async Task A_source_link_is_followed()
    {
        _dir.File("real.txt", "real");
        _dir.Link("link.txt", "real.txt");
        var driver = Drivers.Confined(_dir.Path);

        await driver.CopyAsync("link.txt", "copy.txt");

        Assert.Equal("real", _dir.Read("copy.txt"));
        Assert.Null(new FileInfo(_dir["copy.txt"]).LinkTarget);
    }

    [Fact]
    public async Task A_directory_tree_is_copied_with_links_as_links()
    {
        _dir.File("t/a.txt", "a");
        _dir.File("t/sub/.hidden", "h");
        _dir.Dir("t/empty");
        _dir.Link("t/sub/link", "../a.txt");
        File.SetUnixFileMode(_dir["t/sub"], (UnixFileMode)0b111_000_000);
        var driver = Drivers.Confined(_dir.Path);

        await driver.CopyAsync("t", "copy");

        Assert.Equal("a", _dir.Read("copy/a.txt"));
        Assert.Equal("h", _dir.Read("copy/sub/.hidden"));
        Assert.True(Directory.Exists(_dir["copy/empty"]));
        Assert.Equal("../a.txt", new FileInfo(_dir["copy/sub/link"]).LinkTarget);
        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(_dir["copy/sub"]));
        Assert.Empty(TempFiles.In(_dir["copy"]));
    }

    [Fact]
    public async Task A_tree_copy_into_an_existing_directory_needs_overwrite_and_then_merges()
    {
        _dir.File("t/a.txt", "new a");
        _dir.File("dest/a.txt", "old a");
        _dir.File("dest/keep.txt", "keep");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.CopyAsync("t", "dest"));
        await driver.CopyAsync("t", "dest", new CopyOptions { Overwrite = true });

        Assert.Equal("new a", _dir.Read("dest/a.txt"));
        Assert.Equal("keep", _dir.Read("dest/keep.txt"));
    }

    [Fact]
    public async Task Copying_a_directory_into_itself_fails_and_removes_the_partial_copy()
    {
        _dir.File("t/a.txt", "a");
        _dir.File("t/b/c.txt", "c");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<FileSystemException>(() => driver.CopyAsync("t", "t/b/inner"));

        Assert.Contains("into itself", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir["t/b/inner"]));
    }

    [Fact]
    public async Task A_cancelled_tree_copy_removes_what_it_created()
    {
        for (int i = 0; i < 30; i++)
        {
            _dir.File($"t/f{i}.txt", new string('x', 1000));
        }

        var driver = Drivers.Confined(_dir.Path);
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress<long>(total =>
        {
            if (total > 5000)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.CopyAsync("t", "copy", new CopyOptions { Progress = progress }, cancellation.Token));

        Assert.False(Directory.Exists(_dir["copy"]));
    }

    [Fact]
    public async Task Special_files_are_refused_rather_than_skipped()
    {
        _dir.File("t/a.txt", "a");
        await ExternalProcess.RunCheckedAsync("mkfifo", _dir["t/pipe"]);
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<FileSystemException>(() => driver.CopyAsync("t", "copy"));

        Assert.Contains("FIFO", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir["copy"]));
    }

    [Fact]
    public async Task A_missing_source_fails_with_PathNotFound()
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathNotFoundException>(() => driver.CopyAsync("missing", "copy"));

        Assert.Equal("missing", error.Path);
    }

    public void Dispose() => _dir.Dispose();
}
