using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Directories;

public sealed class ListTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Lists_entries_sorted_with_their_kinds()
    {
        _dir.File("d/b.txt", "b");
        _dir.Dir("d/a");
        _dir.Link("d/c", "b.txt");
        _dir.File("d/.hidden", "h");
        var driver = Drivers.Confined(_dir.Path);

        var entries = await driver.ListAsync("d");

        Assert.Equal(
            [
                new FileEntry("d/.hidden", ".hidden", FileEntryKind.File),
                new FileEntry("d/a", "a", FileEntryKind.Directory),
                new FileEntry("d/b.txt", "b.txt", FileEntryKind.File),
                new FileEntry("d/c", "c", FileEntryKind.SymbolicLink),
            ],
            entries);
    }

    [Fact]
    public async Task Listing_the_root_gives_bare_names()
    {
        _dir.File("x.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        var entries = await driver.ListAsync(".");

        Assert.Equal([new FileEntry("x.txt", "x.txt", FileEntryKind.File)], entries);
    }

    [Fact]
    public async Task Recursive_listing_enters_directories_but_not_links()
    {
        _dir.File("d/sub/deep.txt", "x");
        _dir.File("other/inside.txt", "x");
        _dir.Link("d/link", "../other");
        var driver = Drivers.Confined(_dir.Path);

        var paths = (await driver.ListAsync("d", new ListOptions { Recursive = true })).Select(entry => entry.Path);

        Assert.Equal(["d/link", "d/sub", "d/sub/deep.txt"], paths);
    }

    [Fact]
    public async Task Hidden_entries_can_be_left_out()
    {
        _dir.File("d/.git/config", "x");
        _dir.File("d/.env", "x");
        _dir.File("d/visible", "x");
        var driver = Drivers.Confined(_dir.Path);

        var paths = (await driver.ListAsync("d", new ListOptions { Recursive = true, IncludeHidden = false })).Select(entry => entry.Path);

        Assert.Equal(["d/visible"], paths);
    }

    [Fact]
    public async Task A_missing_directory_fails_with_PathNotFound()
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathNotFoundException>(() => driver.ListAsync("missing"));

        Assert.Equal(DriverErrorCodes.PathNotFound, error.Code);
        Assert.Equal("missing", error.Path);
    }

    [Fact]
    public async Task A_file_fails_with_a_not_a_directory_error()
    {
        _dir.File("f", "x");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<FileSystemException>(() => driver.ListAsync("f"));

        Assert.Contains("ENOTDIR", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
