namespace Toolkit.Docker.Images;

/// <summary>An image pushed to a registry.</summary>
/// <param name="Reference">The full reference that was pushed, with its tag.</param>
/// <param name="Digest">The manifest digest the registry now serves it under (<c>sha256:…</c>).</param>
/// <param name="Size">The size of the manifest in bytes, as the engine reported it.</param>
public sealed record PushedImage(string Reference, string Digest, long Size);
