namespace Toolkit.Docker.Images;

/// <summary>An image created by a successful build.</summary>
/// <param name="Id">The image id (<c>sha256:…</c>).</param>
/// <param name="Tags">The tags it was given.</param>
public sealed record BuiltImage(string Id, IReadOnlyList<string> Tags);
