namespace Toolkit.Docker.Json;

// POST /containers/{id}/exec, POST /exec/{id}/start and GET /exec/{id}/json.

internal sealed class ExecCreateWire
{
    public bool AttachStdin { get; set; }

    public bool AttachStdout { get; set; }

    public bool AttachStderr { get; set; }

    public bool Tty { get; set; }

    public bool Privileged { get; set; }

    public required string[] Cmd { get; set; }

    public string[]? Env { get; set; }

    public string? WorkingDir { get; set; }

    public string? User { get; set; }
}

internal sealed class ExecStartWire
{
    public bool Detach { get; set; }

    public bool Tty { get; set; }
}

internal sealed class ExecInspectWire
{
    public string? ID { get; set; }

    public bool Running { get; set; }

    public int? ExitCode { get; set; }

    public int Pid { get; set; }
}
