using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Files;

public sealed class ExistsAndMetadataTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Files_and_directories_exist()
    {
        _dir.File("d/f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        Assert.True(await driver.ExistsAsync("d"));
        Assert.True(await driver.ExistsAsync("d/f.txt"));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("d/f.txt/below")]
    [InlineData("dangling")]
    public async Task Missing_paths_files_used_as_directories_and_dangling_links_do_not_exist(string path)
    {
        _dir.File("d/f.txt", "x");
        _dir.Link("dangling", "nowhere");
        var driver = Drivers.Confined(_dir.Path);

        Assert.False(await driver.ExistsAsync(path));
    }

    [Fact]
    public async Task Metadata_reports_kind_length_permissions_and_time()
    {
        string file = _dir.File("f.bin", "12345");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var written = new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, written);
        var driver = Drivers.Confined(_dir.Path);

        var metadata = await driver.GetMetadataAsync("f.bin");

        Assert.NotNull(metadata);
        Assert.Equal(FileEntryKind.File, metadata.Kind);
        Assert.Equal(5, metadata.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, metadata.Permissions);
        Assert.Equal(new DateTimeOffset(written), metadata.LastWriteTime);
    }

    [Fact]
    public async Task Metadata_follows_links_and_is_null_when_missing()
    {
        _dir.Dir("d");
        _dir.Link("link", "d");
        var driver = Drivers.Confined(_dir.Path);

        Assert.Equal(FileEntryKind.Directory, (await driver.GetMetadataAsync("link"))?.Kind);
        Assert.Null(await driver.GetMetadataAsync("missing"));
    }

    public void Dispose() => _dir.Dispose();
}
