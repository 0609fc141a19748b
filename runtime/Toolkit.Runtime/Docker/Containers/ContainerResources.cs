using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>Resource limits of a container; <see langword="null"/> leaves a resource unlimited.</summary>
public sealed record ContainerResources
{
    /// <summary>No limits: the engine's defaults.</summary>
    public static ContainerResources Unlimited { get; } = new();

    /// <summary>
    /// CPU, in billionths of a CPU: 1 000 000 000 is one CPU, 500 000 000 half of one. The engine accepts
    /// 0.01 CPU (10 000 000) up to the number of CPUs it has.
    /// </summary>
    [Range(10_000_000d, 1_000_000_000_000_000d)]
    public long? NanoCpus { get; init; }

    /// <summary>
    /// The memory limit in bytes (at least 6 MiB, the engine's minimum). Swap is not added on top: the
    /// container is killed (and inspect reports <c>OOMKilled</c>) when it needs more.
    /// </summary>
    [Range(6d * 1024 * 1024, 9.2e18)]
    public long? MemoryBytes { get; init; }

    /// <summary>The most processes and threads the container may have at once; -1 for unlimited. 0 is invalid.</summary>
    [Range(-1d, 4_194_304d)]
    public long? PidsLimit { get; init; }
}
