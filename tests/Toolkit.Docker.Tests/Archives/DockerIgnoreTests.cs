using Toolkit.Docker.Archives;

namespace Toolkit.Docker.Tests;

public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("*.log", "app.log", true)]
    [InlineData("*.log", "sub/app.log", false)]
    [InlineData("**/*.log", "sub/deep/app.log", true)]
    [InlineData("**/*.log", "app.log", true)]
    [InlineData("build", "build/out/app", true)]
    [InlineData("/build", "build", true)]
    [InlineData("./build/", "build/x", true)]
    [InlineData("b?ild", "build", true)]
    [InlineData("b?ild", "buiild", false)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("docs/**", "docs", false)]
    [InlineData("[ab].txt", "a.txt", true)]
    [InlineData("[ab].txt", "c.txt", false)]
    [InlineData("a.txt", "a_txt", false)]
    public void Patterns_match_like_the_docker_cli(string pattern, string path, bool excluded)
    {
        Assert.Equal(excluded, DockerIgnore.Parse([pattern]).IsExcluded(path));
    }

    [Fact]
    public void An_exception_re_includes_and_the_last_matching_rule_wins()
    {
        var ignore = DockerIgnore.Parse(["# comment", "", "*.md", "!README.md", "README*.md"]);

        Assert.True(ignore.IsExcluded("NOTES.md"));
        Assert.True(ignore.IsExcluded("README.md"));
        Assert.True(ignore.HasExceptions);
    }

    [Fact]
    public void An_exception_after_a_directory_rule_keeps_one_file()
    {
        var ignore = DockerIgnore.Parse(["secrets", "!secrets/public.key"]);

        Assert.True(ignore.IsExcluded("secrets/private.key"));
        Assert.False(ignore.IsExcluded("secrets/public.key"));
    }
}
