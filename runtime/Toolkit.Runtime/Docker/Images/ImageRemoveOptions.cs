namespace Toolkit.Docker.Images;

/// <summary>How an image is removed.</summary>
public sealed record ImageRemoveOptions
{
    /// <summary>Whether to remove it even when it has several tags or stopped containers use it.</summary>
    public bool Force { get; init; }

    /// <summary>Whether to keep its untagged parent images.</summary>
    public bool KeepUntaggedParents { get; init; }
}
