using Toolkit.Errors;

namespace Toolkit.Files;

/// <summary>How <see cref="IFileDriver.OpenAsync"/> opens a stream. Unlike <see cref="FileStreamOptions"/> it is immutable.</summary>
public sealed record FileOpenOptions
{
    /// <summary>Open an existing file for reading, sharing it with other readers.</summary>
    public static FileOpenOptions Read { get; } = new();

    /// <summary>Create or truncate a file and open it for writing (not atomic: use the write methods for that).</summary>
    public static FileOpenOptions Write { get; } = new() { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };

    /// <summary>Open or create a file and append to it.</summary>
    public static FileOpenOptions Append { get; } = new() { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };

    /// <summary>Whether to open, create, truncate or append. Default: <see cref="FileMode.Open"/>.</summary>
    public FileMode Mode { get; init; } = FileMode.Open;

    /// <summary>Read, write or both. Default: <see cref="FileAccess.Read"/>.</summary>
    public FileAccess Access { get; init; } = FileAccess.Read;

    /// <summary>
    /// What other openers may do meanwhile. As in .NET on Linux this is an advisory <c>flock</c>:
    /// <see cref="FileShare.None"/> takes an exclusive lock, anything else a shared one, and a conflict with
    /// another cooperating process (another Toolkit driver or a .NET <see cref="FileStream"/>) fails with
    /// <see cref="FileInUseException"/>. Default: <see cref="FileShare.Read"/>.
    /// </summary>
    public FileShare Share { get; init; } = FileShare.Read;

    /// <summary>The stream's buffer size in bytes; 0 or 1 disables buffering. Default: 4096.</summary>
    public int BufferSize { get; init; } = 4096;
}
