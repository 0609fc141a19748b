using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Directories;

public sealed class DeleteFileTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Deletes_a_file_and_returns_true()
    {
        _dir.File("f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        Assert.True(await driver.DeleteFileAsync("f.txt"));
        Assert.False(File.Exists(_dir["f.txt"]));
    }

    [Fact]
    public async Task A_missing_file_or_parent_returns_false()
    {
        var driver = Drivers.Confined(_dir.Path);

        Assert.False(await driver.DeleteFileAsync("missing.txt"));
        Assert.False(await driver.DeleteFileAsync("missing/f.txt"));
    }

    [Fact]
    public async Task A_directory_is_refused_with_advice_to_use_DeleteTree()
    {
        _dir.Dir("d");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<FileSystemException>(() => driver.DeleteFileAsync("d"));

        Assert.Contains("EISDIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("DeleteTreeAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal("DeleteFile", error.Operation);
        Assert.True(Directory.Exists(_dir["d"]));
    }

    [Fact]
    public async Task A_symbolic_link_is_removed_and_its_target_kept()
    {
        _dir.File("target.txt", "t");
        _dir.Link("link", "target.txt");
        var driver = Drivers.Confined(_dir.Path);

        Assert.True(await driver.DeleteFileAsync("link"));

        Assert.Equal(["target.txt"], _dir.Entries());
    }

    public void Dispose() => _dir.Dispose();
}
