using System.Text;
using Toolkit;
using Toolkit.Files;
using Toolkit.Shell;

namespace Quickstart.Snapshots;

/// <summary>
/// The implementation: it only talks to its two drivers. <c>[DriverImplementation]</c> lets the generated
/// <c>AddSnapshotDriver&lt;SnapshotDriver&gt;()</c> call this constructor, resolving both drivers from the container.
/// </summary>
[DriverImplementation]
public sealed partial class SnapshotDriver(IShellDriver shell, IFileDriver files) : ISnapshotDriver
{
    /// <inheritdoc />
    public async Task<Snapshot> TakeAsync(SnapshotRequest request, CancellationToken cancellationToken = default)
    {
        var manifestName = request.Name + ".sha256";
        var entries = await files.ListAsync(request.Directory, new ListOptions { Recursive = true }, cancellationToken);
        var manifest = new StringBuilder();
        int count = 0;
        long bytes = 0;
        foreach (var entry in entries.Where(e => e.Kind == FileEntryKind.File && e.Name != manifestName).OrderBy(e => e.Path, StringComparer.Ordinal).Take(request.MaxFiles))
        {
            var hash = await files.HashFileAsync(entry.Path, cancellationToken: cancellationToken);
            var metadata = await files.GetMetadataAsync(entry.Path, cancellationToken);
            manifest.Append(hash.Hex).Append("  ").Append(Path.GetRelativePath(request.Directory, entry.Path)).Append('\n');
            count++;
            bytes += metadata?.Length ?? 0;
        }

        var manifestPath = Path.Combine(request.Directory, manifestName);
        await files.WriteTextAsync(manifestPath, manifest.ToString(), cancellationToken: cancellationToken);

        // An independent check of the driver's hashes: coreutils reads the manifest and hashes every file again.
        var check = await shell.RunAsync(
            new ShellCommand("sha256sum", "--check", "--strict", manifestName) { WorkingDirectory = request.Directory, ValidateExitCode = false },
            cancellationToken);
        return new Snapshot(manifestPath, count, bytes, check.ExitCode == 0);
    }
}
