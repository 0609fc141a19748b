using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Directories;

public sealed class DeleteTreeTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Deletes_a_directory_and_everything_below_it()
    {
        _dir.File("t/a/b/c.txt", "c");
        _dir.File("t/.hidden", "h");
        _dir.Dir("t/empty");
        _dir.Link("t/a/dangling", "nowhere");
        var driver = Drivers.Confined(_dir.Path);

        bool deleted = await driver.DeleteTreeAsync("t");

        Assert.True(deleted);
        Assert.False(Directory.Exists(_dir["t"]));
    }

    [Fact]
    public async Task A_missing_path_returns_false()
    {
        var driver = Drivers.Confined(_dir.Path);

        Assert.False(await driver.DeleteTreeAsync("missing"));
    }

    [Fact]
    public async Task Links_inside_the_tree_are_removed_and_never_followed()
    {
        _dir.File("keep/precious.txt", "p");
        _dir.Dir("t");
        _dir.Link("t/to-keep", "../keep");
        var driver = Drivers.Confined(_dir.Path);

        await driver.DeleteTreeAsync("t");

        Assert.False(Directory.Exists(_dir["t"]));
        Assert.Equal("p", _dir.Read("keep/precious.txt"));
    }

    [Fact]
    public async Task A_link_to_a_directory_is_deleted_itself_and_its_target_kept()
    {
        _dir.File("keep/precious.txt", "p");
        _dir.Link("link", "keep");
        var driver = Drivers.Confined(_dir.Path);

        Assert.True(await driver.DeleteTreeAsync("link"));

        Assert.False(File.Exists(_dir["link"]) || Directory.Exists(_dir["link"]));
        Assert.Equal("p", _dir.Read("keep/precious.txt"));
    }

    [Fact]
    public async Task A_file_is_deleted_too()
    {
        _dir.File("f.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        Assert.True(await driver.DeleteTreeAsync("f.txt"));
        Assert.False(File.Exists(_dir["f.txt"]));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("a/..")]
    public async Task Deleting_the_root_or_a_parent_reference_is_refused(string path)
    {
        _dir.Dir("a");
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => driver.DeleteTreeAsync(path));

        Assert.Equal("path", error.ParamName);
        Assert.True(Directory.Exists(_dir["a"]));
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_deleting()
    {
        _dir.File("t/a.txt", "a");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.DeleteTreeAsync("t", new CancellationToken(canceled: true)));

        Assert.True(File.Exists(_dir["t/a.txt"]));
    }

    [Fact]
    public async Task A_wide_and_deep_tree_is_deleted_completely()
    {
        for (int i = 0; i < 50; i++)
        {
            _dir.File($"t/d{i % 5}/e{i % 3}/f{i}.txt", "x");
        }

        string deep = string.Join('/', Enumerable.Repeat("deep", 100));
        _dir.File("t/" + deep + "/leaf.txt", "x");
        var driver = Drivers.Confined(_dir.Path);

        Assert.True(await driver.DeleteTreeAsync("t"));
        Assert.Empty(_dir.Entries());
    }

    public void Dispose() => _dir.Dispose();
}
