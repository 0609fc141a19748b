namespace Toolkit.Docker.Json;

// GET /images/json, GET /images/{name}/json and DELETE /images/{name}.

internal sealed class ImageSummaryWire
{
    public string? Id { get; set; }

    public string? ParentId { get; set; }

    public string[]? RepoTags { get; set; }

    public string[]? RepoDigests { get; set; }

    public long Created { get; set; }

    public long Size { get; set; }

    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class ImageInspectWire
{
    public string? Id { get; set; }

    public string[]? RepoTags { get; set; }

    public string? Created { get; set; }

    public long Size { get; set; }

    public string? Architecture { get; set; }

    public string? Os { get; set; }

    public ContainerConfigWire? Config { get; set; }
}

internal sealed class ImageDeleteItemWire
{
    public string? Untagged { get; set; }

    public string? Deleted { get; set; }
}
