namespace Toolkit.Docker.Containers;

/// <summary>Reads the engine's state names (<c>running</c>, <c>exited</c>…).</summary>
internal static class ContainerStatusParser
{
    public static ContainerStatus Parse(string? status) => status switch
    {
        "created" => ContainerStatus.Created,
        "running" => ContainerStatus.Running,
        "paused" => ContainerStatus.Paused,
        "restarting" => ContainerStatus.Restarting,
        "removing" => ContainerStatus.Removing,
        "exited" => ContainerStatus.Exited,
        "dead" => ContainerStatus.Dead,
        _ => ContainerStatus.Unknown,
    };
}
