using Toolkit.Docker.Registries;

namespace Toolkit.Docker.Tests;

/// <summary>Image references split as the docker CLI splits them: which part is the registry, the repository, the tag.</summary>
public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("busybox", "docker.io", "library/busybox", "busybox", "latest", "https://index.docker.io/v1/")]
    [InlineData("grafana/loki:3.0", "docker.io", "grafana/loki", "grafana/loki", "3.0", "https://index.docker.io/v1/")]
    [InlineData("index.docker.io/library/redis:7", "docker.io", "library/redis", "redis", "7", "https://index.docker.io/v1/")]
    [InlineData("127.0.0.1:5000/tools/app:1.2", "127.0.0.1:5000", "tools/app", "127.0.0.1:5000/tools/app", "1.2", "127.0.0.1:5000")]
    [InlineData("localhost/app", "localhost", "app", "localhost/app", "latest", "localhost")]
    [InlineData("registry.example/team/app", "registry.example", "team/app", "registry.example/team/app", "latest", "registry.example")]
    public void The_registry_repository_and_tag_are_found_like_the_docker_CLI_finds_them(string text, string registry, string repository, string name, string tag, string serverAddress)
    {
        var reference = ImageReference.Parse(text, "image");

        Assert.Equal((registry, repository, name, tag, serverAddress), (reference.Registry, reference.Repository, reference.Name, reference.TagOrDigest, reference.ServerAddress));
    }

    [Fact]
    public void A_digest_is_kept_and_used_in_place_of_a_tag()
    {
        var digest = "sha256:" + new string('a', 64);

        var reference = ImageReference.Parse("127.0.0.1:5000/app@" + digest, "image");

        Assert.Equal((digest, "127.0.0.1:5000/app@" + digest), (reference.TagOrDigest, reference.ToString()));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("Upper/Case", "invalid repository")]
    [InlineData("app:bad tag", "white space")]
    [InlineData("app:-dash", "invalid tag")]
    [InlineData("app@sha256:XYZ", "invalid digest")]
    [InlineData("team/a..b", "invalid repository")]
    public void An_invalid_reference_is_rejected_naming_the_parameter_and_the_problem(string text, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => ImageReference.Parse(text, "image"));

        Assert.Equal("image", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
