namespace Toolkit.Docker.Json;

// The answer of GET /containers/{id}/json (only the fields the driver exposes).

internal sealed class ContainerInspectWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Created { get; set; }

    public string? Image { get; set; }

    public int RestartCount { get; set; }

    public ContainerStateWire? State { get; set; }

    public ContainerConfigWire? Config { get; set; }

    public HostConfigWire? HostConfig { get; set; }

    public NetworkSettingsWire? NetworkSettings { get; set; }

    public MountPointWire[]? Mounts { get; set; }
}

internal sealed class ContainerStateWire
{
    public string? Status { get; set; }

    public bool Running { get; set; }

    public bool Paused { get; set; }

    public bool Restarting { get; set; }

    public bool OOMKilled { get; set; }

    public bool Dead { get; set; }

    public int Pid { get; set; }

    public int ExitCode { get; set; }

    public string? Error { get; set; }

    public string? StartedAt { get; set; }

    public string? FinishedAt { get; set; }

    public HealthWire? Health { get; set; }
}

internal sealed class HealthWire
{
    public string? Status { get; set; }

    public int FailingStreak { get; set; }

    public HealthLogWire[]? Log { get; set; }
}

internal sealed class HealthLogWire
{
    public string? Start { get; set; }

    public string? End { get; set; }

    public int ExitCode { get; set; }

    public string? Output { get; set; }
}

internal sealed class ContainerConfigWire
{
    public string? Image { get; set; }

    public string[]? Cmd { get; set; }

    public string[]? Entrypoint { get; set; }

    public string[]? Env { get; set; }

    public string? WorkingDir { get; set; }

    public string? User { get; set; }

    public bool Tty { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public HealthConfigWire? Healthcheck { get; set; }
}

internal sealed class NetworkSettingsWire
{
    public Dictionary<string, EndpointSettingsWire>? Networks { get; set; }
}

internal sealed class EndpointSettingsWire
{
    public string? NetworkID { get; set; }

    public string? IPAddress { get; set; }

    public string? Gateway { get; set; }

    public string? MacAddress { get; set; }

    public string[]? Aliases { get; set; }
}

internal sealed class MountPointWire
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Source { get; set; }

    public string? Destination { get; set; }

    public bool RW { get; set; }
}
