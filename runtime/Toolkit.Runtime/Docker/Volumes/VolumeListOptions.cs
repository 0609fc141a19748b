namespace Toolkit.Docker.Volumes;

/// <summary>Which volumes a list returns.</summary>
public sealed record VolumeListOptions
{
    /// <summary>
    /// Label filters, all of which must match: a value requires that value, a <see langword="null"/> value only
    /// requires the label to exist.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Labels { get; init; }

    /// <summary>Only volumes whose name contains this text.</summary>
    public string? Name { get; init; }
}
