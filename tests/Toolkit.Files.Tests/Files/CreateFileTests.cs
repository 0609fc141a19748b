using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Files;

public sealed class CreateFileTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Creates_an_empty_file()
    {
        var driver = Drivers.Confined(_dir.Path);

        await driver.CreateFileAsync("new.txt");

        Assert.Equal(0, new FileInfo(_dir["new.txt"]).Length);
    }

    [Fact]
    public async Task An_existing_file_fails_and_keeps_its_content()
    {
        _dir.File("f.txt", "keep");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.CreateFileAsync("f.txt"));

        Assert.Equal("CreateFile", error.Operation);
        Assert.Equal("keep", _dir.Read("f.txt"));
    }

    [Fact]
    public async Task A_dangling_link_counts_as_existing_and_is_not_followed()
    {
        _dir.Link("link", "target.txt");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathAlreadyExistsException>(() => driver.CreateFileAsync("link"));

        Assert.False(File.Exists(_dir["target.txt"]));
    }

    [Fact]
    public async Task A_missing_directory_fails_with_PathNotFound()
    {
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAsync<PathNotFoundException>(() => driver.CreateFileAsync("missing/f.txt"));
    }

    public void Dispose() => _dir.Dispose();
}
