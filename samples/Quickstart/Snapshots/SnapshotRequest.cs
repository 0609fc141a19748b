using System.ComponentModel.DataAnnotations;

namespace Quickstart.Snapshots;

/// <summary>What to snapshot. The DataAnnotations are checked by the generated <c>ValidatingSnapshotDriver</c>.</summary>
public sealed record SnapshotRequest
{
    /// <summary>A name for the snapshot: lower-case letters, digits and dashes. The manifest is <c>{Name}.sha256</c>.</summary>
    [Required]
    [RegularExpression("[a-z][a-z0-9-]*")]
    public required string Name { get; init; }

    /// <summary>The absolute path of the directory to snapshot.</summary>
    [Required]
    public required string Directory { get; init; }

    /// <summary>The most files a snapshot records.</summary>
    [Range(1, 1000)]
    public int MaxFiles { get; init; } = 100;
}
