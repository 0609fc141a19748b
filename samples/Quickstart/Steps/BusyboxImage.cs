using System.Formats.Tar;
using Toolkit.Shell;

namespace Quickstart.Steps;

/// <summary>
/// A root file system for a container without any registry: the host's static <c>/bin/busybox</c> and a link per
/// applet, as a tar stream for <c>IImageDriver.ImportAsync</c>.
/// </summary>
internal static class BusyboxImage
{
    public const string BusyboxPath = "/bin/busybox";

    public static bool IsAvailable => File.Exists(BusyboxPath);

    public static async Task<Stream> CreateRootFilesystemAsync(IShellDriver shell, CancellationToken cancellationToken)
    {
        var applets = await shell.RunAsync(new ShellCommand(BusyboxPath, "--list"), cancellationToken);
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            const UnixFileMode Executable = (UnixFileMode)0b111_101_101;
            foreach (var directory in new[] { "bin/", "tmp/", "proc/", "sys/", "dev/", "etc/" })
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, directory) { Mode = Executable }, cancellationToken);
            }

            await using (var busybox = File.OpenRead(BusyboxPath))
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "bin/busybox") { Mode = Executable, DataStream = busybox }, cancellationToken);
            }

            foreach (var applet in applets.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(a => a != "busybox"))
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "bin/" + applet) { LinkName = "busybox", Mode = (UnixFileMode)0b111_111_111 }, cancellationToken);
            }
        }

        tar.Position = 0;
        return tar;
    }
}
