using System.Text;
using Toolkit.Errors;

namespace Toolkit.Files;

/// <summary>How the driver's write methods replace a file. Every write is atomic: readers and crashes see the old content or the new, never a mix.</summary>
public sealed record WriteOptions
{
    /// <summary>The defaults: overwrite, durable, no parent creation, UTF-8 without a byte order mark.</summary>
    public static WriteOptions Default { get; } = new();

    /// <summary>Whether an existing file is replaced (<see langword="true"/>, the default) or the write fails with <see cref="PathAlreadyExistsException"/>; the check and the creation are one atomic step.</summary>
    public bool Overwrite { get; init; } = true;

    /// <summary>
    /// Whether the new content and the rename are flushed to the storage device before the call returns
    /// (fdatasync of the file, fsync of its directory). On by default, so that a power cut after the call
    /// cannot lose the write; turn it off for scratch files where speed matters more.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>Whether missing parent directories are created first (like <c>mkdir -p</c>).</summary>
    public bool CreateDirectories { get; init; }

    /// <summary>The encoding of text writes; <see langword="null"/> means UTF-8 without a byte order mark.</summary>
    public Encoding? Encoding { get; init; }
}
