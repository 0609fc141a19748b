using System.Globalization;

namespace Toolkit.Docker.Transport;

/// <summary>An Engine API version such as 1.41; ordered, so negotiation can take the lower of two.</summary>
internal readonly record struct DockerApiVersion(int Major, int Minor) : IComparable<DockerApiVersion>
{
    /// <summary>The oldest API the driver speaks: Docker Engine 20.10.</summary>
    public static readonly DockerApiVersion Minimum = new(1, 41);

    /// <summary>The newest API whose differences from <see cref="Minimum"/> the driver handles.</summary>
    public static readonly DockerApiVersion Maximum = new(1, 45);

    /// <summary>API 1.42 labels attach, exec and log streams with their real content type (multiplexed or raw).</summary>
    public static readonly DockerApiVersion StreamContentTypes = new(1, 42);

    public static bool TryParse(string? text, out DockerApiVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new DockerApiVersion(major, minor);
        return true;
    }

    public int CompareTo(DockerApiVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(DockerApiVersion left, DockerApiVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(DockerApiVersion left, DockerApiVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(DockerApiVersion left, DockerApiVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DockerApiVersion left, DockerApiVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
