namespace Toolkit.Docker.Json;

// POST /volumes/create, GET /volumes and GET /volumes/{name}.

internal sealed class VolumeCreateWire
{
    public string? Name { get; set; }

    public string? Driver { get; set; }

    public Dictionary<string, string>? DriverOpts { get; set; }

    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class VolumeWire
{
    public string? Name { get; set; }

    public string? Driver { get; set; }

    public string? Mountpoint { get; set; }

    public string? Scope { get; set; }

    public string? CreatedAt { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, string>? Options { get; set; }
}

internal sealed class VolumeListWire
{
    public VolumeWire[]? Volumes { get; set; }

    public string[]? Warnings { get; set; }
}
