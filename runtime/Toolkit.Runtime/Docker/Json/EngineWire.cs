namespace Toolkit.Docker.Json;

// Engine-level payloads: errors, /version, ids returned by create calls. Property names follow the
// Engine API; the serializer context matches them case-insensitively, as the engine itself does.

internal sealed class ErrorResponseWire
{
    public string? Message { get; set; }
}

internal sealed class VersionWire
{
    public string? Version { get; set; }

    public string? ApiVersion { get; set; }

    public string? MinAPIVersion { get; set; }

    public string? Os { get; set; }

    public string? Arch { get; set; }

    public string? KernelVersion { get; set; }

    public string? GitCommit { get; set; }
}

internal sealed class IdResponseWire
{
    public string? Id { get; set; }

    public string[]? Warnings { get; set; }

    public string? Warning { get; set; }
}
