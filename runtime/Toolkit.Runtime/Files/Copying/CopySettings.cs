namespace Toolkit.Files.Copying;

/// <summary>How a tree or file copy behaves; a move across file systems uses the strictest settings.</summary>
/// <param name="Overwrite">Replace existing destination files (and merge into existing directories).</param>
/// <param name="Durable">Flush every file and directory before returning.</param>
/// <param name="PreserveOwnerAndTimes">Keep owner (as root) and timestamps, as a move must; a copy gets the caller's owner and the current time, as with <c>cp</c>.</param>
/// <param name="NamedTempFiles">Use named temporary files instead of O_TMPFILE (see <see cref="Writing.AtomicWriteSettings"/>).</param>
internal readonly record struct CopySettings(bool Overwrite, bool Durable, bool PreserveOwnerAndTimes, bool NamedTempFiles = false);
