namespace Toolkit.Docker.Images;

/// <summary>What a <c>docker load</c> archive held.</summary>
/// <param name="References">The tags the archive gave its images (<c>tools/app:1.2</c>).</param>
/// <param name="UntaggedIds">The ids of images the archive held without a tag (<c>sha256:…</c>).</param>
public sealed record LoadedImages(IReadOnlyList<string> References, IReadOnlyList<string> UntaggedIds);
