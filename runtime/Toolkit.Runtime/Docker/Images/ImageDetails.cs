namespace Toolkit.Docker.Images;

/// <summary>What inspecting an image reports.</summary>
/// <param name="Id">The image id (<c>sha256:…</c>).</param>
/// <param name="RepoTags">Its tags.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="OperatingSystem">The OS it is for, such as <c>linux</c>.</param>
/// <param name="Architecture">The CPU architecture it is for, such as <c>amd64</c>.</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Command">Its default command.</param>
/// <param name="Entrypoint">Its entrypoint.</param>
/// <param name="User">Its default user; empty for root.</param>
public sealed record ImageDetails(
    string Id,
    IReadOnlyList<string> RepoTags,
    DateTimeOffset? Created,
    long Size,
    string OperatingSystem,
    string Architecture,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> Command,
    IReadOnlyList<string> Entrypoint,
    string User);
