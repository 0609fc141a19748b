using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Volumes;

/// <summary>How to create a volume.</summary>
public sealed record VolumeConfig
{
    /// <summary>The name (at least two characters: letters, digits, '_', '.', '-'), or <see langword="null"/> for a generated one.</summary>
    [RegularExpression("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")]
    public string? Name { get; init; }

    /// <summary>The volume driver. Default <c>local</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Driver { get; init; } = "local";

    /// <summary>Driver options, for example <c>type=tmpfs</c> and <c>device=tmpfs</c> for the local driver.</summary>
    public IReadOnlyDictionary<string, string>? DriverOptions { get; init; }

    /// <summary>Labels, merged with the driver's session labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}
