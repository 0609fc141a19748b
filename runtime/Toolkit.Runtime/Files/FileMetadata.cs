namespace Toolkit.Files;

/// <summary>What <see cref="IFileDriver.GetMetadataAsync"/> reports about a path (symbolic links followed).</summary>
/// <param name="Path">The path as the caller gave it.</param>
/// <param name="Kind">A file, a directory, or <see cref="FileEntryKind.Other"/> for devices, FIFOs and sockets.</param>
/// <param name="Length">The size in bytes (for directories, what the file system reports).</param>
/// <param name="LastWriteTime">The last modification time, in UTC.</param>
/// <param name="Permissions">The permission bits, including set-user-id, set-group-id and sticky.</param>
public sealed record FileMetadata(string Path, FileEntryKind Kind, long Length, DateTimeOffset LastWriteTime, UnixFileMode Permissions);
