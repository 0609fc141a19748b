namespace Toolkit.Docker.Json;

// One element of GET /containers/json, and the answer of POST /containers/{id}/wait.

internal sealed class ContainerSummaryWire
{
    public string? Id { get; set; }

    public string[]? Names { get; set; }

    public string? Image { get; set; }

    public string? ImageID { get; set; }

    public string? Command { get; set; }

    public long Created { get; set; }

    public string? State { get; set; }

    public string? Status { get; set; }

    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class WaitResponseWire
{
    public long StatusCode { get; set; }

    public ErrorResponseWire? Error { get; set; }
}

internal sealed class PathStatWire
{
    public string? Name { get; set; }

    public long Size { get; set; }

    public uint Mode { get; set; }

    public string? Mtime { get; set; }

    public string? LinkTarget { get; set; }
}
