using System.Text;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>
/// The driver's glob agrees with bash (<c>shopt -s globstar nullglob</c>) on a generated tree: for every
/// pattern, the same set of paths, written the same way. Bash runs once per batch.
/// </summary>
public sealed class GlobBashAgreementTests(GlobAgreementFixture fixture) : IClassFixture<GlobAgreementFixture>
{
    private string Root => fixture.Directory.Path;

    [Fact]
    public async Task Curated_patterns_expand_as_in_bash_relative_to_a_confined_root()
    {
        var driver = new FileDriver(new FileDriverOptions { Root = Root });
        await AssertAgreementAsync(driver, GlobPatterns.Curated, Root, pattern => pattern, new GlobOptions());
    }

    [Fact]
    public async Task Curated_patterns_expand_as_in_bash_as_absolute_patterns_unconfined()
    {
        var driver = new FileDriver();
        await AssertAgreementAsync(driver, GlobPatterns.Curated.Where(p => !p.StartsWith('{')).ToArray(), "/", pattern => Root + "/" + pattern, new GlobOptions());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1017)]
    public async Task Random_patterns_expand_as_in_bash(int seed)
    {
        var driver = new FileDriver(new FileDriverOptions { Root = Root });
        await AssertAgreementAsync(driver, GlobPatterns.Random(300, seed), Root, pattern => pattern, new GlobOptions());
    }

    [Fact]
    public async Task Patterns_expand_as_in_bash_with_dotglob()
    {
        var driver = new FileDriver(new FileDriverOptions { Root = Root });
        string[] patterns = ["*", "**", "**/", "*/*", "**/*.txt", "a/**", "**/objects/*", "[.]*", "?*", "*/**/"];
        await AssertAgreementAsync(driver, patterns, Root, pattern => pattern, new GlobOptions { DotGlob = true }, dotGlob: true);
    }

    [Fact]
    public async Task Wildcard_patterns_expand_as_in_bash_with_nocaseglob()
    {
        var driver = new FileDriver(new FileDriverOptions { Root = Root });
        string[] patterns = ["*.TXT", "S*/*", "**/D*", "[A-B]*", "**/*.CS", "*/M*", "?"];
        await AssertAgreementAsync(driver, patterns, Root, pattern => pattern, new GlobOptions { CaseSensitive = false }, noCaseGlob: true);
    }

    [Fact]
    public async Task The_user_space_resolver_agrees_with_bash_too()
    {
        var driver = new FileDriver(new FileDriverOptions { Root = Root }, forceUserSpaceWalk: true);
        await AssertAgreementAsync(driver, GlobPatterns.Curated, Root, pattern => pattern, new GlobOptions());
    }

    private static async Task AssertAgreementAsync(FileDriver driver, IReadOnlyList<string> patterns, string bashDirectory, Func<string, string> toPattern, GlobOptions options, bool dotGlob = false, bool noCaseGlob = false)
    {
        var words = patterns.Select(toPattern).ToList();
        var expected = await BashGlob.ExpandAsync(bashDirectory, words, dotGlob, noCaseGlob);
        var report = new StringBuilder();
        int checkedWithMatches = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var actual = await driver.GlobAsync(words[i], options);
            if (expected[i].Length > 0)
            {
                checkedWithMatches++;
            }

            if (!actual.SequenceEqual(expected[i]))
            {
                report.AppendLine($"pattern '{patterns[i]}':");
                report.AppendLine($"  only bash:   {string.Join(", ", expected[i].Except(actual))}");
                report.AppendLine($"  only driver: {string.Join(", ", actual.Except(expected[i]))}");
            }
        }

        Assert.True(report.Length == 0, "The driver's glob disagrees with bash:\n" + report);

        // Guard against a vacuous pass: a good share of the patterns must match something in the tree.
        Assert.True(checkedWithMatches >= patterns.Count / 3, $"Only {checkedWithMatches} of {patterns.Count} patterns matched anything in bash.");
    }
}
