namespace Toolkit.Docker.Networks;

/// <summary>Which networks a list returns.</summary>
public sealed record NetworkListOptions
{
    /// <summary>
    /// Label filters, all of which must match: a value requires that value, a <see langword="null"/> value only
    /// requires the label to exist.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Labels { get; init; }

    /// <summary>Only networks whose name contains this text.</summary>
    public string? Name { get; init; }
}
