using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Directories;

public sealed class CreateDirectoryTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Creates_the_directory_and_its_missing_parents()
    {
        var driver = Drivers.Confined(_dir.Path);

        await driver.CreateDirectoryAsync("a/b/c");

        Assert.True(Directory.Exists(_dir["a/b/c"]));
    }

    [Fact]
    public async Task An_existing_directory_is_success()
    {
        _dir.Dir("a");
        var driver = Drivers.Confined(_dir.Path);

        await driver.CreateDirectoryAsync("a");

        Assert.True(Directory.Exists(_dir["a"]));
    }

    [Fact]
    public async Task A_file_in_the_way_fails_with_PathAlreadyExists()
    {
        _dir.File("a", "x");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.CreateDirectoryAsync("a"));

        Assert.Equal(DriverErrorCodes.PathAlreadyExists, error.Code);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_used_as_a_parent_fails_with_a_not_a_directory_error()
    {
        _dir.File("file", "x");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<FileSystemException>(() => driver.CreateDirectoryAsync("file/sub"));

        Assert.Equal(DriverErrorCodes.FileSystemError, error.Code);
        Assert.Contains("ENOTDIR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_a_link_to_a_directory_inside_the_root()
    {
        _dir.Dir("real");
        _dir.Link("link", "real");
        var driver = Drivers.Confined(_dir.Path);

        await driver.CreateDirectoryAsync("link/new");

        Assert.True(Directory.Exists(_dir["real/new"]));
    }

    [Fact]
    public async Task An_unconfined_driver_takes_absolute_paths()
    {
        var driver = new FileDriver();

        await driver.CreateDirectoryAsync(_dir["x/y"]);

        Assert.True(Directory.Exists(_dir["x/y"]));
    }

    public void Dispose() => _dir.Dispose();
}
