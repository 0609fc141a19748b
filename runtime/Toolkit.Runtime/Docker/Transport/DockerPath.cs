namespace Toolkit.Docker.Transport;

/// <summary>Escapes names placed in an engine request path.</summary>
internal static class DockerPath
{
    /// <summary>A container, volume, network or exec id or name: every reserved character escaped.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>An image reference, whose route accepts slashes (<c>registry/repo/name:tag</c>): those stay as they are.</summary>
    public static string Image(string reference) =>
        string.Join('/', reference.Split('/').Select(Uri.EscapeDataString));
}
