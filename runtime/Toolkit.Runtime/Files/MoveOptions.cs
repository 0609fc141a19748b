using Toolkit.Errors;

namespace Toolkit.Files;

/// <summary>How <see cref="IFileDriver.MoveAsync"/> moves.</summary>
/// <remarks>
/// A move within one file system is a single atomic rename. Across file systems (EXDEV) the driver
/// copies, flushes the copy to the device, and only then deletes the source, so a crash leaves the data
/// in at least one place; it never needs a durability switch.
/// </remarks>
public sealed record MoveOptions
{
    /// <summary>The defaults: no overwrite, no progress.</summary>
    public static MoveOptions Default { get; } = new();

    /// <summary>Whether an existing destination is replaced (a file, or an empty directory); otherwise it fails with <see cref="PathAlreadyExistsException"/>.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Receives the total number of bytes copied so far when the move has to copy across file systems; a rename reports nothing.</summary>
    public IProgress<long>? Progress { get; init; }
}
