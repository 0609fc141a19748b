using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Images;

/// <summary>How to build an image from a context directory.</summary>
public sealed record ImageBuildOptions
{
    /// <summary>
    /// The build context: this directory is streamed to the engine as a tar archive, minus what its
    /// <c>.dockerignore</c> excludes.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public required string ContextDirectory { get; init; }

    /// <summary>The Dockerfile, relative to the context. Default <c>Dockerfile</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Tags for the result, such as <c>my-app:1.2</c>.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Values for the Dockerfile's <c>ARG</c>s.</summary>
    public IReadOnlyDictionary<string, string>? BuildArguments { get; init; }

    /// <summary>Labels for the image, merged with the driver's session labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>The stage of a multi-stage Dockerfile to build, or <see langword="null"/> for the last.</summary>
    public string? Target { get; init; }

    /// <summary>Whether to ignore the build cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>Whether to pull newer versions of base images. Default <see langword="false"/>: the driver never pulls implicitly.</summary>
    public bool PullBaseImages { get; init; }
}
