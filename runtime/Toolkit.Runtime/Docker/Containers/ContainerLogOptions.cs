using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>Which log output to read, and whether to keep following it.</summary>
public sealed record ContainerLogOptions
{
    /// <summary>All of standard output and standard error stored so far.</summary>
    public static ContainerLogOptions Default { get; } = new();

    /// <summary>Whether to keep streaming new output until the container stops or the caller cancels.</summary>
    public bool Follow { get; init; }

    /// <summary>Whether to include standard output.</summary>
    public bool StandardOutput { get; init; } = true;

    /// <summary>Whether to include standard error.</summary>
    public bool StandardError { get; init; } = true;

    /// <summary>Only the last this many lines; <see langword="null"/> for all.</summary>
    [Range(0, int.MaxValue)]
    public int? Tail { get; init; }

    /// <summary>Only output written at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only output written before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Whether each entry carries the time it was written (<see cref="ContainerLogEntry.Timestamp"/>).</summary>
    public bool Timestamps { get; init; }
}
