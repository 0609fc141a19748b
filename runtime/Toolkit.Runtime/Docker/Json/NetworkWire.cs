namespace Toolkit.Docker.Json;

// POST /networks/create, GET /networks, GET /networks/{id}, and (dis)connecting containers.

internal sealed class NetworkCreateWire
{
    public required string Name { get; set; }

    public bool CheckDuplicate { get; set; }

    public string? Driver { get; set; }

    public bool Internal { get; set; }

    public bool Attachable { get; set; }

    public bool EnableIPv6 { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, string>? Options { get; set; }
}

internal sealed class NetworkWire
{
    public string? Name { get; set; }

    public string? Id { get; set; }

    public string? Created { get; set; }

    public string? Scope { get; set; }

    public string? Driver { get; set; }

    public bool Internal { get; set; }

    public bool Attachable { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, NetworkContainerWire>? Containers { get; set; }
}

internal sealed class NetworkContainerWire
{
    public string? Name { get; set; }

    public string? IPv4Address { get; set; }
}

internal sealed class NetworkConnectWire
{
    public required string Container { get; set; }

    public EndpointSettingsWire? EndpointConfig { get; set; }
}

internal sealed class NetworkDisconnectWire
{
    public required string Container { get; set; }

    public bool Force { get; set; }
}
