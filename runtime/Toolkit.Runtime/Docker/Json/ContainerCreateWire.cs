namespace Toolkit.Docker.Json;

// The body of POST /containers/create.

internal sealed class ContainerCreateWire
{
    public required string Image { get; set; }

    public string[]? Cmd { get; set; }

    public string[]? Entrypoint { get; set; }

    public string[]? Env { get; set; }

    public string? WorkingDir { get; set; }

    public string? User { get; set; }

    public string? Hostname { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public bool Tty { get; set; }

    public bool AttachStdin { get; set; }

    public bool AttachStdout { get; set; }

    public bool AttachStderr { get; set; }

    public bool OpenStdin { get; set; }

    public HealthConfigWire? Healthcheck { get; set; }

    public required HostConfigWire HostConfig { get; set; }
}

internal sealed class HealthConfigWire
{
    public string[]? Test { get; set; }

    public long Interval { get; set; }

    public long Timeout { get; set; }

    public int Retries { get; set; }

    public long StartPeriod { get; set; }
}

internal sealed class HostConfigWire
{
    public long? NanoCpus { get; set; }

    public long? Memory { get; set; }

    public long? MemorySwap { get; set; }

    public long? PidsLimit { get; set; }

    public bool ReadonlyRootfs { get; set; }

    public string[]? SecurityOpt { get; set; }

    public string[]? CapAdd { get; set; }

    public string[]? CapDrop { get; set; }

    public MountWire[]? Mounts { get; set; }

    public string? NetworkMode { get; set; }

    public LogConfigWire? LogConfig { get; set; }

    public bool? Init { get; set; }
}

internal sealed class MountWire
{
    public required string Type { get; set; }

    public string? Source { get; set; }

    public required string Target { get; set; }

    public bool ReadOnly { get; set; }

    public VolumeOptionsWire? VolumeOptions { get; set; }

    public TmpfsOptionsWire? TmpfsOptions { get; set; }
}

internal sealed class VolumeOptionsWire
{
    public bool NoCopy { get; set; }

    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class TmpfsOptionsWire
{
    public long? SizeBytes { get; set; }

    public int? Mode { get; set; }
}

internal sealed class LogConfigWire
{
    public string? Type { get; set; }

    public Dictionary<string, string>? Config { get; set; }
}
