namespace Toolkit.Docker.Sessions;

/// <summary>
/// The labels one session stamps on what it creates, and whether it has created anything yet (so a
/// session that never created anything never needs the engine at clean-up time).
/// </summary>
internal sealed class DockerSessionIdentity
{
    private int _used;

    public DockerSessionIdentity(string id, DockerSessionOwner owner, bool persistent)
    {
        Id = id;
        Owner = owner;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { [DockerLabels.Session] = id };
        foreach (var (key, value) in owner.ToLabels())
        {
            labels[key] = value;
        }

        if (persistent)
        {
            labels[DockerLabels.Persistent] = "true";
        }

        Labels = labels;
    }

    public string Id { get; }

    public DockerSessionOwner Owner { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    public bool HasCreatedResources => Volatile.Read(ref _used) != 0;

    public static string NewId(string? name)
    {
        var random = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        return string.IsNullOrEmpty(name) ? random : name + "-" + random;
    }

    /// <summary>Records that a create request is about to be sent (even a failed one may leave something behind).</summary>
    public void MarkUsed() => Volatile.Write(ref _used, 1);

    /// <summary>The caller's labels with the session's on top.</summary>
    public Dictionary<string, string> Stamp(IReadOnlyDictionary<string, string>? labels)
    {
        var merged = labels is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(labels, StringComparer.Ordinal);
        foreach (var (key, value) in Labels)
        {
            merged[key] = value;
        }

        return merged;
    }
}
