using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Networks;

/// <summary>How to create a network.</summary>
public sealed record NetworkConfig
{
    /// <summary>The name; unique on the engine.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")]
    public required string Name { get; init; }

    /// <summary>The network driver. Default <c>bridge</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Driver { get; init; } = "bridge";

    /// <summary>Whether the network is cut off from the outside (containers reach only each other).</summary>
    public bool Internal { get; init; }

    /// <summary>Whether containers can be attached to it by hand (for overlay networks).</summary>
    public bool Attachable { get; init; }

    /// <summary>Driver options.</summary>
    public IReadOnlyDictionary<string, string>? Options { get; init; }

    /// <summary>Labels, merged with the driver's session labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}
