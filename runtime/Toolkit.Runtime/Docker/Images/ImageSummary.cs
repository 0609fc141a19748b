namespace Toolkit.Docker.Images;

/// <summary>One image as a list reports it.</summary>
/// <param name="Id">The image id (<c>sha256:…</c>).</param>
/// <param name="RepoTags">Its tags, such as <c>busybox:latest</c>; empty for an untagged image.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Labels">Its labels.</param>
public sealed record ImageSummary(string Id, IReadOnlyList<string> RepoTags, DateTimeOffset Created, long Size, IReadOnlyDictionary<string, string> Labels);
