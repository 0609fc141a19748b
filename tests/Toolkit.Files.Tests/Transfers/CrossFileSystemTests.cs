using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Transfers;

/// <summary>Moves and copies between the disk and a real tmpfs mount, where rename(2) fails with EXDEV.</summary>
public sealed class CrossFileSystemTests : IAsyncLifetime
{
    private readonly TestDirectory _dir = new();
    private TmpfsMount _tmpfs = null!;

    public async Task InitializeAsync() => _tmpfs = await TmpfsMount.CreateAsync(_dir["tmpfs"], "size=64m");

    [Theory]
    [MemberData(nameof(Drivers.TempFileKinds), MemberType = typeof(Drivers))]
    public async Task A_file_moves_across_file_systems_with_content_mode_and_times(string tempFiles)
    {
        byte[] content = new byte[12 * 1024 * 1024];
        new Random(3).NextBytes(content);
        string source = _dir["disk.bin"];
        await File.WriteAllBytesAsync(source, content);
        File.SetUnixFileMode(source, (UnixFileMode)0b110_100_000);
        var modified = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, modified);
        var reports = new List<long>();
        var driver = Drivers.WithTempFiles(_dir.Path, tempFiles);

        await driver.MoveAsync("disk.bin", "tmpfs/moved.bin", new MoveOptions { Progress = new SynchronousProgress<long>(reports.Add) });

        Assert.False(File.Exists(source));
        Assert.Equal(content, await File.ReadAllBytesAsync(_dir["tmpfs/moved.bin"]));
        Assert.Equal((UnixFileMode)0b110_100_000, File.GetUnixFileMode(_dir["tmpfs/moved.bin"]));
        Assert.Equal(modified, File.GetLastWriteTimeUtc(_dir["tmpfs/moved.bin"]));
        Assert.Equal(content.Length, reports[^1]);
        Assert.Empty(TempFiles.In(_dir["tmpfs"]));
    }

    [Fact]
    public async Task A_directory_tree_moves_across_file_systems()
    {
        _dir.File("tree/a.txt", "a");
        _dir.File("tree/sub/b.txt", "b");
        _dir.Link("tree/sub/link", "../a.txt");
        var driver = Drivers.Confined(_dir.Path);

        await driver.MoveAsync("tree", "tmpfs/tree");

        Assert.False(Directory.Exists(_dir["tree"]));
        Assert.Equal("a", _dir.Read("tmpfs/tree/a.txt"));
        Assert.Equal("b", _dir.Read("tmpfs/tree/sub/b.txt"));
        Assert.Equal("../a.txt", new FileInfo(_dir["tmpfs/tree/sub/link"]).LinkTarget);
    }

    [Fact]
    public async Task A_link_moves_across_file_systems_as_a_link()
    {
        _dir.Link("link", "somewhere/else");
        var driver = Drivers.Confined(_dir.Path);

        await driver.MoveAsync("link", "tmpfs/link");

        Assert.Equal("somewhere/else", new FileInfo(_dir["tmpfs/link"]).LinkTarget);
        Assert.False(File.Exists(_dir["link"]) || new FileInfo(_dir["link"]).LinkTarget is not null);
    }

    [Fact]
    public async Task A_cross_file_system_move_onto_an_existing_file_needs_overwrite()
    {
        _dir.File("a.txt", "new");
        _dir.File("tmpfs/a.txt", "old");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.MoveAsync("a.txt", "tmpfs/a.txt"));
        Assert.Equal("new", _dir.Read("a.txt"));

        await driver.MoveAsync("a.txt", "tmpfs/a.txt", new MoveOptions { Overwrite = true });
        Assert.Equal("new", _dir.Read("tmpfs/a.txt"));
        Assert.False(File.Exists(_dir["a.txt"]));
    }

    [Fact]
    public async Task A_cancelled_cross_file_system_move_keeps_the_source_and_leaves_no_copy()
    {
        await File.WriteAllBytesAsync(_dir["big.bin"], new byte[40 * 1024 * 1024]);
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress<long>(total =>
        {
            if (total > 0)
            {
                cancellation.Cancel();
            }
        });
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.MoveAsync("big.bin", "tmpfs/big.bin", new MoveOptions { Progress = progress }, cancellation.Token));

        Assert.Equal(40 * 1024 * 1024, new FileInfo(_dir["big.bin"]).Length);
        Assert.Empty(Directory.GetFileSystemEntries(_dir["tmpfs"]));
    }

    [Fact]
    public async Task Copy_works_across_file_systems()
    {
        _dir.File("c.txt", "copied");
        var driver = Drivers.Confined(_dir.Path);

        await driver.CopyAsync("c.txt", "tmpfs/c.txt");

        Assert.Equal("copied", _dir.Read("tmpfs/c.txt"));
        Assert.Equal("copied", _dir.Read("c.txt"));
    }

    public Task DisposeAsync()
    {
        _tmpfs.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
