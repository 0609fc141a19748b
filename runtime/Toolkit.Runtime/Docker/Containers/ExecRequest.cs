using System.ComponentModel.DataAnnotations;

namespace Toolkit.Docker.Containers;

/// <summary>A command to run inside a running container.</summary>
public sealed record ExecRequest
{
    /// <summary>The program and its arguments, as a list: never a string a shell splits.</summary>
    [Required]
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Environment variables added to the container's.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>The working directory (absolute), or <see langword="null"/> for the container's.</summary>
    [RegularExpression("^/.*$")]
    public string? WorkingDirectory { get; init; }

    /// <summary>The user to run as, or <see langword="null"/> for the container's.</summary>
    [RegularExpression("^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$")]
    public string? User { get; init; }

    /// <summary>Whether to give the command a terminal; its output then arrives as one merged stream (standard output).</summary>
    public bool Tty { get; init; }

    /// <summary>
    /// How long the command may run; <see langword="null"/> for no limit but the caller's token. On timeout
    /// the driver stops reading and throws; the engine has no call to kill an exec, so the process may keep running in the container.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The most bytes of each stream kept in memory; output beyond it is read and dropped, and the result says so. Default 64 MiB.</summary>
    [Range(0, int.MaxValue)]
    public int MaxOutputBytes { get; init; } = 64 * 1024 * 1024;
}
