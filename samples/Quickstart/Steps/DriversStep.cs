using Microsoft.Extensions.DependencyInjection;
using Quickstart.Output;
using Quickstart.Snapshots;
using Toolkit.Errors;
using Toolkit.Files;
using Toolkit.Shell;

namespace Quickstart.Steps;

/// <summary>Section 2: the real shell and file drivers, resolved from DI inside their generated decorators, doing real work.</summary>
internal static class DriversStep
{
    public static async Task RunAsync(IServiceProvider services, string workspace, Report report, CancellationToken cancellationToken)
    {
        report.Section("Real drivers inside the generated decorators (resolved from DI)");
        var shell = services.GetRequiredService<IShellDriver>();
        var files = services.GetRequiredService<IFileDriver>();
        var snapshots = services.GetRequiredService<ISnapshotDriver>();
        report.Line($"IShellDriver    → {shell.GetType().Name} → TrackingShellDriver → ShellDriver");
        report.Line($"IFileDriver     → {files.GetType().Name} → TrackingFileDriver → FileDriver");
        report.Line($"ISnapshotDriver → {snapshots.GetType().Name} → TrackingSnapshotDriver → SnapshotDriver");
        report.Line();

        var kernel = await shell.RunAsync(new ShellCommand("uname", "-sr"), cancellationToken);
        report.Line($"shell: uname -sr → {kernel.StandardOutput.Trim()} (exit {kernel.ExitCode}, pid {kernel.ProcessId})");
        try
        {
            await shell.RunAsync(new ShellCommand("ls", Path.Combine(workspace, "no-such-file")), cancellationToken);
        }
        catch (CommandFailedException failed)
        {
            // A non-zero exit is a typed error by default, with the exit code and the end of stderr in it.
            report.Line($"shell: ls no-such-file → {failed.GetType().Name} ({failed.Code}): exit code {failed.ExitCode}");
        }


        var docs = Path.Combine(workspace, "docs");
        await files.CreateDirectoryAsync(Path.Combine(docs, "guides"), cancellationToken);
        await files.WriteTextAsync(Path.Combine(docs, "README.md"), "# Toolkit\nCompile-time mocks, tracking and validation.\n", cancellationToken: cancellationToken);
        await files.WriteTextAsync(Path.Combine(docs, "guides", "tracking.md"), "Every call becomes a span and a histogram point.\n", cancellationToken: cancellationToken);
        await files.WriteTextAsync(Path.Combine(docs, "guides", "validation.md"), "Arguments are checked before the call.\n", cancellationToken: cancellationToken);
        report.Line($"files: wrote 3 files (atomically) under {docs}");

        var snapshot = await snapshots.TakeAsync(new SnapshotRequest { Name = "docs", Directory = docs }, cancellationToken);
        report.Line($"snapshot: {snapshot.FileCount} files, {snapshot.TotalBytes} bytes → {Path.GetFileName(snapshot.Manifest)}; "
                    + (snapshot.Verified ? "sha256sum --check agrees with every hash" : "sha256sum --check DISAGREES"));
    }
}
