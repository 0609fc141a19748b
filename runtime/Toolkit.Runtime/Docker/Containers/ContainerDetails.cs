namespace Toolkit.Docker.Containers;

/// <summary>What inspecting a container reports.</summary>
public sealed record ContainerDetails
{
    /// <summary>The full container id.</summary>
    public required string Id { get; init; }

    /// <summary>The name, without the leading '/'.</summary>
    public required string Name { get; init; }

    /// <summary>The image as given at creation.</summary>
    public required string Image { get; init; }

    /// <summary>The id of the image.</summary>
    public required string ImageId { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Its state: running, exit code, OOM kill, health.</summary>
    public required ContainerState State { get; init; }

    /// <summary>Its labels.</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>The command.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>The entrypoint.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>The environment, as <c>NAME=value</c> entries.</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>The user it runs as; empty for the image default.</summary>
    public string User { get; init; } = "";

    /// <summary>The working directory; empty for the image default.</summary>
    public string WorkingDirectory { get; init; } = "";

    /// <summary>Whether it has a terminal.</summary>
    public bool Tty { get; init; }

    /// <summary>The resource limits in force.</summary>
    public required ContainerResources Resources { get; init; }

    /// <summary>The security options in force.</summary>
    public required ContainerSecurity Security { get; init; }

    /// <summary>The network mode.</summary>
    public string NetworkMode { get; init; } = "";

    /// <summary>The networks it is attached to, by network name.</summary>
    public IReadOnlyDictionary<string, ContainerNetworkAttachment> Networks { get; init; } = new Dictionary<string, ContainerNetworkAttachment>();

    /// <summary>How many times the engine restarted it.</summary>
    public int RestartCount { get; init; }
}
