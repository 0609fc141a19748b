using Toolkit.Files.Globbing;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>Single-component matching: wildcards, bracket sets, classes, escapes and case.</summary>
public sealed class NamePatternTests
{
    [Theory]
    [InlineData("*.cs", "a.cs", true)]
    [InlineData("*.cs", "a.csx", false)]
    [InlineData("a*", "a", true)]
    [InlineData("a*b*c", "aXbYc", true)]
    [InlineData("a*b*c", "aXbY", false)]
    [InlineData("*a*a*a*", "aaa", true)]
    [InlineData("*a*a*a*", "aa", false)]
    [InlineData("?", "é", true)]
    [InlineData("?", "🚀", true)]
    [InlineData("??", "🚀", false)]
    [InlineData("[abc]x", "bx", true)]
    [InlineData("[!abc]x", "bx", false)]
    [InlineData("[^abc]x", "dx", true)]
    [InlineData("[a-c]", "b", true)]
    [InlineData("[a-c]", "d", false)]
    [InlineData("[]a]", "]", true)]
    [InlineData("[a-]", "-", true)]
    [InlineData("[[:digit:]]*", "7up", true)]
    [InlineData("[[:upper:]]*", "up", false)]
    [InlineData("[[:alpha:][:digit:]]", "x", true)]
    [InlineData("\\*", "*", true)]
    [InlineData("\\*", "a", false)]
    [InlineData("[", "[", true)]
    [InlineData("a[b", "a[b", true)]
    [InlineData("[\\]]", "]", true)]
    public void Matches_like_bash(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, NamePattern.Compile(pattern, caseSensitive: true).IsMatch(name));
    }

    [Theory]
    [InlineData("*.CS", "a.cs")]
    [InlineData("[A-C]x", "bX")]
    [InlineData("readme", "README")]
    public void Case_insensitive_matching_ignores_case(string pattern, string name)
    {
        Assert.True(NamePattern.Compile(pattern, caseSensitive: false).IsMatch(name));
        Assert.False(NamePattern.Compile(pattern, caseSensitive: true).IsMatch(name));
    }

    [Theory]
    [InlineData("plain", false, "plain")]
    [InlineData("a\\*b", false, "a*b")]
    [InlineData("a*", true, "a")]
    [InlineData("[x", false, "[x")]
    public void Knows_whether_a_component_has_wildcards(string pattern, bool hasMagic, string literal)
    {
        var compiled = NamePattern.Compile(pattern, caseSensitive: true);

        Assert.Equal(hasMagic, compiled.HasMagic);
        if (!hasMagic)
        {
            Assert.Equal(literal, compiled.Literal);
        }
    }
}
