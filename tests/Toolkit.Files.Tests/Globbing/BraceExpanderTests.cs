using Toolkit.Files.Globbing;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>Brace expansion as bash does it, compared with bash's own output.</summary>
public sealed class BraceExpanderTests
{
    [Theory]
    [InlineData("a{b,c}d")]
    [InlineData("{a,b}{1,2}")]
    [InlineData("{a,b{c,d}}e")]
    [InlineData("x{,y,z}")]
    [InlineData("{1..4}")]
    [InlineData("{04..10..3}")]
    [InlineData("{-2..2}")]
    [InlineData("{e..a}")]
    [InlineData("{a..e..2}")]
    [InlineData("{a}")]
    [InlineData("{}")]
    [InlineData("a\\{b,c\\}")]
    [InlineData("{a,b")]
    [InlineData("{x..}")]
    [InlineData("pre{a,{b..d},e}post")]
    public async Task Expands_like_bash(string pattern)
    {
        var (_, stdout, _) = await Support.ExternalProcess.RunAsync("bash", ["--noprofile", "--norc", "-c", "printf '%s\\n' " + pattern]);
        string[] expected = System.Text.Encoding.UTF8.GetString(stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var words = BraceExpander.Expand(pattern).Select(Unescape);

        Assert.Equal(expected, words);
    }

    [Fact]
    public void Runaway_expansions_are_refused()
    {
        string pattern = string.Concat(Enumerable.Repeat("{a,b,c,d}", 8));

        var error = Assert.Throws<ArgumentException>(() => BraceExpander.Expand(pattern));

        Assert.Equal("pattern", error.ParamName);
    }

    /// <summary>bash's printf sees words after quote removal; the expander keeps escapes for the glob matcher.</summary>
    private static string Unescape(string word) => word.Replace("\\{", "{", StringComparison.Ordinal).Replace("\\}", "}", StringComparison.Ordinal);
}
