namespace Toolkit.Files.Writing;

/// <summary>The choices an atomic replacement needs, gathered from the public option records.</summary>
/// <param name="Overwrite">Replace an existing file, or fail atomically when one exists.</param>
/// <param name="Durable">Flush the file and its directory before returning.</param>
/// <param name="CreateDirectories">Create missing parent directories.</param>
/// <param name="KeepOwner">Give the new file the template's owner (moves), not the caller's (copies).</param>
/// <param name="NamedTempFile">Skip O_TMPFILE and use a named temporary file, as on file systems without it (tests cover both paths).</param>
internal readonly record struct AtomicWriteSettings(bool Overwrite, bool Durable, bool CreateDirectories, bool KeepOwner = false, bool NamedTempFile = false);
