namespace Toolkit.Docker.Images;

/// <summary>Which images a list returns.</summary>
public sealed record ImageListOptions
{
    /// <summary>
    /// Label filters, all of which must match: a value requires that value, a <see langword="null"/> value only
    /// requires the label to exist.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Labels { get; init; }

    /// <summary>Only images whose reference matches this pattern, for example <c>busybox</c> or <c>myrepo/*:1.*</c>.</summary>
    public string? Reference { get; init; }

    /// <summary>Whether intermediate images (build layers) are included.</summary>
    public bool IncludeIntermediate { get; init; }
}
