using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Images;

/// <summary>How a root file system tar becomes an image (<c>docker import</c>).</summary>
public sealed record ImageImportOptions
{
    /// <summary>The repository to tag the image with, such as <c>my-tools</c>; <see langword="null"/> leaves it untagged.</summary>
    [RegularExpression("^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$")]
    public string? Repository { get; init; }

    /// <summary>The tag. Default <c>latest</c>.</summary>
    [RegularExpression("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    public string Tag { get; init; } = "latest";

    /// <summary>Labels for the image, merged with the driver's session labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>
    /// Dockerfile instructions applied to the image's configuration, such as <c>CMD ["/bin/sh"]</c>,
    /// <c>ENV PATH=/bin</c> or <c>WORKDIR /tmp</c> (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR).
    /// </summary>
    public IReadOnlyList<string>? Changes { get; init; }

    /// <summary>A commit message recorded in the image history.</summary>
    public string? Message { get; init; }
}
