namespace Toolkit.Docker.Images;

/// <summary>An image pulled from a registry.</summary>
/// <param name="Reference">The full reference that was pulled, with its tag or digest (<c>registry.example:5000/tools/app:1.2</c>).</param>
/// <param name="Id">The local image id (<c>sha256:…</c>).</param>
/// <param name="Digest">The manifest digest the registry reported (<c>sha256:…</c>), or <see langword="null"/> when it reported none.</param>
/// <param name="Downloaded">Whether anything was downloaded: <see langword="false"/> when the engine already had this image.</param>
public sealed record PulledImage(string Reference, string Id, string? Digest, bool Downloaded);
