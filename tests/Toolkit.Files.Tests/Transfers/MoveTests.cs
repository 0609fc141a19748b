using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Transfers;

public sealed class MoveTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Renames_a_file()
    {
        _dir.File("a.txt", "a");
        var driver = Drivers.Confined(_dir.Path);

        await driver.MoveAsync("a.txt", "b.txt");

        Assert.Equal(["b.txt"], _dir.Entries());
        Assert.Equal("a", _dir.Read("b.txt"));
    }

    [Fact]
    public async Task Moves_a_directory_into_another_directory()
    {
        _dir.File("t/a.txt", "a");
        _dir.Dir("dest");
        var driver = Drivers.Confined(_dir.Path);

        await driver.MoveAsync("t", "dest/t");

        Assert.Equal("a", _dir.Read("dest/t/a.txt"));
        Assert.False(Directory.Exists(_dir["t"]));
    }

    [Fact]
    public async Task An_existing_destination_fails_unless_overwrite_is_set()
    {
        _dir.File("a.txt", "a");
        _dir.File("b.txt", "b");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.MoveAsync("a.txt", "b.txt"));
        Assert.Equal("b", _dir.Read("b.txt"));

        await driver.MoveAsync("a.txt", "b.txt", new MoveOptions { Overwrite = true });
        Assert.Equal(["b.txt"], _dir.Entries());
        Assert.Equal("a", _dir.Read("b.txt"));
    }

    [Fact]
    public async Task A_non_empty_destination_directory_is_never_replaced()
    {
        _dir.File("t/a.txt", "a");
        _dir.File("dest/keep.txt", "keep");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.MoveAsync("t", "dest", new MoveOptions { Overwrite = true }));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep", _dir.Read("dest/keep.txt"));
    }

    [Fact]
    public async Task A_link_is_moved_as_a_link()
    {
        _dir.File("target.txt", "t");
        _dir.Link("link", "target.txt");
        _dir.Dir("d");
        var driver = Drivers.Confined(_dir.Path);

        await driver.MoveAsync("link", "d/link");

        Assert.Equal("target.txt", new FileInfo(_dir["d/link"]).LinkTarget);
    }

    [Fact]
    public async Task A_missing_source_fails_with_PathNotFound()
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathNotFoundException>(() => driver.MoveAsync("missing", "dest"));

        Assert.Equal("missing", error.Path);
        Assert.Equal("Move", error.Operation);
    }

    [Fact]
    public async Task Moving_a_directory_into_itself_fails()
    {
        _dir.File("t/a.txt", "a");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<Toolkit.Errors.FileSystemException>(() => driver.MoveAsync("t", "t/inner"));

        Assert.Contains("EINVAL", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", _dir.Read("t/a.txt"));
    }

    public void Dispose() => _dir.Dispose();
}
