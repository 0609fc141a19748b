namespace Quickstart.Snapshots;

/// <summary>A snapshot that was taken.</summary>
/// <param name="Manifest">The manifest's path.</param>
/// <param name="FileCount">How many files it records.</param>
/// <param name="TotalBytes">Their total size.</param>
/// <param name="Verified">Whether <c>sha256sum --check</c> agreed with every recorded hash.</param>
public sealed record Snapshot(string Manifest, int FileCount, long TotalBytes, bool Verified);
