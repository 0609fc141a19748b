using Toolkit.Errors;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Confinement;

/// <summary>
/// A confined driver never reaches outside its root: not through "..", absolute paths or symbolic links
/// (as the last name or an intermediate directory). Every test runs with the kernel resolver (openat2)
/// and with the user-space walk used where openat2 is missing.
/// </summary>
public sealed class ConfinementTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    public ConfinementTests()
    {
        _dir.File("outside/secret.txt", "outside");
        _dir.File("root/inside.txt", "inside");
        _dir.File("root/sub/deep.txt", "deep");
    }

    private string Root => _dir["root"];

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Dot_dot_out_of_the_root_is_rejected(string resolver)
    {
        var driver = Drivers.Confined(Root, resolver);

        var error = await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync("../outside/secret.txt"));

        Assert.Equal(DriverErrorCodes.PathOutsideRoot, error.Code);
        Assert.Equal("../outside/secret.txt", error.Path);
        Assert.Equal(driver.Root, error.Root);
        Assert.Equal("ReadText", error.Operation);
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Dot_dot_that_stays_inside_is_allowed(string resolver)
    {
        var driver = Drivers.Confined(Root, resolver);

        Assert.Equal("inside", await driver.ReadTextAsync("sub/../inside.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Absolute_paths_outside_the_root_are_rejected_and_inside_accepted(string resolver)
    {
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync(_dir["outside/secret.txt"]));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync("/etc/hostname"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync(Root + "/../outside/secret.txt"));
        Assert.Equal("inside", await driver.ReadTextAsync(Root + "/inside.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task A_root_prefix_that_is_not_a_whole_name_is_outside(string resolver)
    {
        _dir.File("root-sibling/x.txt", "sibling");
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync(Root + "-sibling/x.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task A_link_to_a_file_outside_is_rejected(string resolver)
    {
        _dir.Link("root/escape.txt", "../outside/secret.txt");
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync("escape.txt"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.HashFileAsync("escape.txt"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ExistsAsync("escape.txt"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.CopyAsync("escape.txt", "copy.txt"));
        Assert.False(File.Exists(_dir["root/copy.txt"]));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task A_link_to_a_directory_outside_cannot_be_used_as_an_intermediate_directory(string resolver)
    {
        _dir.Link("root/sub/escape", "../../outside");
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync("sub/escape/secret.txt"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ListAsync("sub/escape"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.CreateDirectoryAsync("sub/escape/new"));
        Assert.False(Directory.Exists(_dir["outside/new"]));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Writing_through_a_link_that_leaves_the_root_is_rejected_and_the_outside_file_is_untouched(string resolver)
    {
        _dir.Link("root/escape.txt", "../outside/secret.txt");
        _dir.Link("root/abs.txt", _dir["outside/secret.txt"]);
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.WriteTextAsync("escape.txt", "pwned"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.WriteTextAsync("abs.txt", "pwned"));

        Assert.Equal("outside", _dir.Read("outside/secret.txt"));
        Assert.Equal(["secret.txt"], _dir.Entries("outside"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task An_absolute_link_is_rejected_even_when_it_points_inside(string resolver)
    {
        _dir.Link("root/abs-inside.txt", _dir["root/inside.txt"]);
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.ReadTextAsync("abs-inside.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Relative_links_that_stay_inside_work(string resolver)
    {
        _dir.Link("root/sub/up.txt", "../inside.txt");
        _dir.Link("root/alias", "sub");
        var driver = Drivers.Confined(Root, resolver);

        Assert.Equal("inside", await driver.ReadTextAsync("sub/up.txt"));
        Assert.Equal("deep", await driver.ReadTextAsync("alias/deep.txt"));
        await driver.WriteTextAsync("alias/written.txt", "w");
        Assert.Equal("w", _dir.Read("root/sub/written.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Deleting_a_link_to_outside_removes_the_link_only(string resolver)
    {
        _dir.Link("root/escape", "../outside");
        var driver = Drivers.Confined(Root, resolver);

        Assert.True(await driver.DeleteTreeAsync("escape"));

        Assert.Equal("outside", _dir.Read("outside/secret.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Moves_and_copies_cannot_target_outside(string resolver)
    {
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.MoveAsync("inside.txt", "../outside/moved.txt"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.CopyAsync("inside.txt", "../outside/copied.txt"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.MoveAsync("../outside/secret.txt", "stolen.txt"));

        Assert.Equal(["secret.txt"], _dir.Entries("outside"));
        Assert.Equal("inside", _dir.Read("root/inside.txt"));
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task Globs_neither_leave_the_root_nor_list_through_escaping_links(string resolver)
    {
        _dir.Link("root/escape", "../outside");
        var driver = Drivers.Confined(Root, resolver);

        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.GlobAsync("../outside/*"));
        await Assert.ThrowsAsync<PathOutsideRootException>(() => driver.GlobAsync(_dir["outside"] + "/*"));
        var all = await driver.GlobAsync("*/*");

        Assert.DoesNotContain("escape/secret.txt", all);
        Assert.Contains("sub/deep.txt", all);
    }

    [Theory]
    [MemberData(nameof(Drivers.Resolvers), MemberType = typeof(Drivers))]
    public async Task A_missing_root_is_reported_as_such(string resolver)
    {
        var driver = Drivers.Confined(_dir["no-such-root"], resolver);

        var error = await Assert.ThrowsAsync<PathNotFoundException>(() => driver.ReadTextAsync("a.txt"));

        Assert.Contains("root directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_is_reported_as_an_absolute_path()
    {
        Assert.Equal(Root, Drivers.Confined(Root + "/sub/..").Root?.Replace("/sub/..", string.Empty, StringComparison.Ordinal));
        Assert.Null(new FileDriver().Root);
    }

    public void Dispose() => _dir.Dispose();
}
