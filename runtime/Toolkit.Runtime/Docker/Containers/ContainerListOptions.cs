namespace Toolkit.Docker.Containers;

/// <summary>Which containers a list returns.</summary>
public sealed record ContainerListOptions
{
    /// <summary>Every container, running or not.</summary>
    public static ContainerListOptions All { get; } = new() { IncludeStopped = true };

    /// <summary>Whether stopped and created containers are listed too. Default <see langword="false"/>, as <c>docker ps</c>.</summary>
    public bool IncludeStopped { get; init; }

    /// <summary>
    /// Label filters, all of which must match: a value requires that value, a <see langword="null"/> value only
    /// requires the label to exist.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Labels { get; init; }

    /// <summary>Only containers whose name contains this text.</summary>
    public string? Name { get; init; }

    /// <summary>Only containers in this state.</summary>
    public ContainerStatus? Status { get; init; }
}
