using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>Glob behaviour beyond bash agreement: result shape, options, arguments and scale.</summary>
public sealed class GlobTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    [Fact]
    public async Task Results_are_sorted_ordinally_and_free_of_duplicates()
    {
        _dir.File("b.txt");
        _dir.File("a.txt");
        _dir.File("a/x.txt");
        var driver = Drivers.Confined(_dir.Path);

        var results = await driver.GlobAsync("{a,b,a}*.txt");

        Assert.Equal(["a.txt", "b.txt"], results);
    }

    [Fact]
    public async Task Case_insensitive_globbing_matches_literal_components_too()
    {
        _dir.File("Src/Main.CS");
        var driver = Drivers.Confined(_dir.Path);

        Assert.Empty(await driver.GlobAsync("src/*.cs"));
        Assert.Equal(["Src/Main.CS"], await driver.GlobAsync("src/*.cs", new GlobOptions { CaseSensitive = false }));
    }

    [Fact]
    public async Task A_pattern_without_wildcards_returns_the_path_only_if_it_exists()
    {
        _dir.File("here.txt");
        var driver = Drivers.Confined(_dir.Path);

        Assert.Equal(["here.txt"], await driver.GlobAsync("here.txt"));
        Assert.Empty(await driver.GlobAsync("absent.txt"));
    }

    [Fact]
    public async Task Globbing_a_hundred_thousand_files_finds_them_all()
    {
        for (int d = 0; d < 100; d++)
        {
            string directory = _dir.Dir($"tree/d{d:000}/sub");
            for (int f = 0; f < 1000; f++)
            {
                File.Create(Path.Combine(directory, $"f{f:0000}{(f % 2 == 0 ? ".txt" : ".log")}")).Dispose();
            }
        }

        var driver = Drivers.Confined(_dir.Path);

        var text = await driver.GlobAsync("tree/**/*.txt");
        var all = await driver.GlobAsync("tree/**");

        Assert.Equal(50_000, text.Count);
        Assert.Equal(100_000 + 200 + 1, all.Count);
        Assert.Equal("tree/d000/sub/f0000.txt", text[0]);
    }

    [Fact]
    public async Task Cancellation_stops_a_glob()
    {
        _dir.File("a/b.txt");
        var driver = Drivers.Confined(_dir.Path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.GlobAsync("**", cancellationToken: new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\0b")]
    public async Task Empty_or_NUL_patterns_are_refused(string pattern)
    {
        var driver = Drivers.Confined(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => driver.GlobAsync(pattern));

        Assert.Equal("pattern", error.ParamName);
    }

    public void Dispose() => _dir.Dispose();
}
