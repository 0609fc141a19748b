namespace Toolkit.Docker.Images;

/// <summary>An image created by an import.</summary>
/// <param name="Id">The image id (<c>sha256:…</c>).</param>
/// <param name="Reference">The repository and tag it was given, or <see langword="null"/> when untagged.</param>
public sealed record ImportedImage(string Id, string? Reference);
