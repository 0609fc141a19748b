using System.Formats.Tar;

namespace Toolkit.Docker.Archives;

/// <summary>
/// Writes host files and directories into a tar stream as it is being sent: entry by entry, file data
/// copied straight from disk, never the whole archive in memory. Symbolic links are stored as links, not followed.
/// </summary>
internal static class TarArchiveWriter
{
    /// <summary>Writes <paramref name="sourcePath"/> (a file or a directory tree) under its own name.</summary>
    public static async Task WritePathAsync(Stream destination, string sourcePath, CancellationToken cancellationToken)
    {
        var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(sourcePath));
            var info = new FileInfo(sourcePath);
            if (info.Attributes.HasFlag(FileAttributes.Directory) && info.LinkTarget is null)
            {
                await writer.WriteEntryAsync(sourcePath, name + "/", cancellationToken).ConfigureAwait(false);
                await WriteDirectoryAsync(writer, sourcePath, name + "/", static _ => true, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteEntryAsync(sourcePath, name, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Writes the contents of <paramref name="directory"/> (not the directory itself), keeping the relative
    /// paths <paramref name="include"/> accepts. Excluded directories are walked only when
    /// <paramref name="descendIntoExcluded"/> says something inside may be included again.
    /// </summary>
    public static async Task WriteDirectoryContentsAsync(Stream destination, string directory, Func<string, bool> include, bool descendIntoExcluded, CancellationToken cancellationToken)
    {
        var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await WriteDirectoryAsync(writer, directory, "", include, cancellationToken, descendIntoExcluded).ConfigureAwait(false);
        }
    }

    private static async Task WriteDirectoryAsync(TarWriter writer, string directory, string prefix, Func<string, bool> include, CancellationToken cancellationToken, bool descendIntoExcluded = false)
    {
        // Sorted, so the same tree always gives the same archive (and the engine's build cache can hit).
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = prefix + entry.Name;
            var isDirectory = entry is DirectoryInfo && entry.LinkTarget is null;
            if (!include(relative))
            {
                // An excluded directory may still hold a file a "!" exception brings back.
                if (isDirectory && descendIntoExcluded)
                {
                    await WriteDirectoryAsync(writer, entry.FullName, relative + "/", include, cancellationToken, descendIntoExcluded).ConfigureAwait(false);
                }

                continue;
            }

            if (isDirectory)
            {
                await writer.WriteEntryAsync(entry.FullName, relative + "/", cancellationToken).ConfigureAwait(false);
                await WriteDirectoryAsync(writer, entry.FullName, relative + "/", include, cancellationToken, descendIntoExcluded).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteEntryAsync(entry.FullName, relative, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
