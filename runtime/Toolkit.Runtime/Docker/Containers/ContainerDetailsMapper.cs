using Toolkit.Docker.Json;
using Toolkit.Docker.Streams;

namespace Toolkit.Docker.Containers;

/// <summary>Turns the engine's container JSON into the driver's records.</summary>
internal static class ContainerDetailsMapper
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    public static ContainerDetails ToDetails(ContainerInspectWire wire)
    {
        var host = wire.HostConfig;
        var config = wire.Config;
        var securityOptions = host?.SecurityOpt ?? [];
        return new ContainerDetails
        {
            Id = wire.Id ?? "",
            Name = (wire.Name ?? "").TrimStart('/'),
            Image = config?.Image ?? "",
            ImageId = wire.Image ?? "",
            Created = DockerTimestamp.Parse(wire.Created),
            State = ToState(wire.State),
            Labels = config?.Labels ?? NoLabels,
            Command = config?.Cmd ?? [],
            Entrypoint = config?.Entrypoint ?? [],
            Environment = config?.Env ?? [],
            User = config?.User ?? "",
            WorkingDirectory = config?.WorkingDir ?? "",
            Tty = config?.Tty ?? false,
            Resources = new ContainerResources
            {
                NanoCpus = host?.NanoCpus is > 0 ? host.NanoCpus : null,
                MemoryBytes = host?.Memory is > 0 ? host.Memory : null,
                PidsLimit = host?.PidsLimit is > 0 or -1 ? host.PidsLimit : null,
            },
            Security = new ContainerSecurity
            {
                ReadOnlyRootFilesystem = host?.ReadonlyRootfs ?? false,
                NoNewPrivileges = securityOptions.Any(o => o is "no-new-privileges" or "no-new-privileges:true" or "no-new-privileges=true"),
                CapabilityDrop = host?.CapDrop ?? [],
                CapabilityAdd = host?.CapAdd ?? [],
            },
            NetworkMode = host?.NetworkMode ?? "",
            Networks = (wire.NetworkSettings?.Networks ?? []).ToDictionary(
                pair => pair.Key,
                pair => new ContainerNetworkAttachment(pair.Value.NetworkID ?? "", pair.Value.IPAddress ?? "", pair.Value.Aliases ?? []),
                StringComparer.Ordinal),
            RestartCount = wire.RestartCount,
        };
    }

    public static ContainerState ToState(ContainerStateWire? state) => state is null
        ? new ContainerState { Status = ContainerStatus.Unknown }
        : new ContainerState
        {
            Status = ContainerStatusParser.Parse(state.Status),
            Running = state.Running,
            Paused = state.Paused,
            OomKilled = state.OOMKilled,
            ExitCode = state.ExitCode,
            Pid = state.Pid,
            Error = string.IsNullOrEmpty(state.Error) ? null : state.Error,
            StartedAt = DockerTimestamp.Parse(state.StartedAt),
            FinishedAt = DockerTimestamp.Parse(state.FinishedAt),
            Health = state.Health is { } health ? ToHealth(health) : null,
        };

    public static ContainerHealth ToHealth(HealthWire health) => new(
        health.Status switch
        {
            "starting" => ContainerHealthStatus.Starting,
            "healthy" => ContainerHealthStatus.Healthy,
            "unhealthy" => ContainerHealthStatus.Unhealthy,
            _ => ContainerHealthStatus.None,
        },
        health.FailingStreak,
        [.. (health.Log ?? []).Select(log => new HealthProbeResult(DockerTimestamp.Parse(log.Start), DockerTimestamp.Parse(log.End), log.ExitCode, log.Output ?? ""))]);

    public static ContainerSummary ToSummary(ContainerSummaryWire wire) => new(
        wire.Id ?? "",
        [.. (wire.Names ?? []).Select(name => name.TrimStart('/'))],
        wire.Image ?? "",
        wire.ImageID ?? "",
        wire.Command ?? "",
        DateTimeOffset.FromUnixTimeSeconds(wire.Created),
        ContainerStatusParser.Parse(wire.State),
        wire.Status ?? "",
        wire.Labels ?? NoLabels);
}
