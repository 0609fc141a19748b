using Toolkit.Errors;

namespace Toolkit.Files;

/// <summary>How <see cref="IFileDriver.CopyAsync"/> copies. Each file lands atomically: the destination holds its old content or the complete copy.</summary>
public sealed record CopyOptions
{
    /// <summary>The defaults: no overwrite, not flushed, no progress.</summary>
    public static CopyOptions Default { get; } = new();

    /// <summary>Whether existing destination files are replaced; otherwise an existing destination fails with <see cref="PathAlreadyExistsException"/>. Directory copies merge into an existing directory only when set.</summary>
    public bool Overwrite { get; init; }

    /// <summary>
    /// Whether each copied file and directory is flushed to the storage device before the call returns.
    /// Off by default because a copy can be redone from its source (unlike a write or a move); turn it on
    /// when the copy must survive a power cut.
    /// </summary>
    public bool Durable { get; init; }

    /// <summary>Receives the total number of bytes copied so far, after every chunk (at most every 8 MiB).</summary>
    public IProgress<long>? Progress { get; init; }
}
