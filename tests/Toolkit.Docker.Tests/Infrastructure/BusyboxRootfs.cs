using System.Diagnostics;
using System.Formats.Tar;
using System.Text;
using Toolkit.Interop;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Builds the root file system of the test image as a tar file: the host's static /bin/busybox, a link
/// per applet, /etc/passwd with root, nobody and a user 'toolkit' (1234:1234), and the usual empty directories.
/// </summary>
internal static class BusyboxRootfs
{
    public const string BusyboxPath = "/bin/busybox";

    public static async Task<FileStream> CreateAsync()
    {
        if (!File.Exists(BusyboxPath))
        {
            throw new InvalidOperationException($"{BusyboxPath} is missing: install busybox-static (tests/run.sh does).");
        }

        var applets = await ListAppletsAsync();
        var path = Path.Combine(Path.GetTempPath(), "tk-docker-rootfs-" + Guid.NewGuid().ToString("N") + ".tar");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var writer = new TarWriter(file, TarEntryFormat.Pax, leaveOpen: true))
            {
                foreach (var directory in new[] { "bin/", "etc/", "dev/", "proc/", "sys/", "root/", "home/", "home/toolkit/", "var/" })
                {
                    await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, directory) { Mode = Unix(0b111_101_101) });
                }

                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "tmp/") { Mode = Unix(0b111_111_111) | UnixFileMode.StickyBit });
                await using (var busybox = File.OpenRead(BusyboxPath))
                {
                    await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "bin/busybox") { Mode = Unix(0b111_101_101), DataStream = busybox });
                }

                foreach (var applet in applets.Where(a => a != "busybox"))
                {
                    await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "bin/" + applet) { LinkName = "busybox", Mode = Unix(0b111_111_111) });
                }

                await WriteTextAsync(writer, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\ntoolkit:x:1234:1234:toolkit:/home/toolkit:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n");
                await WriteTextAsync(writer, "etc/group", "root:x:0:\ntoolkit:x:1234:\nnogroup:x:65534:\n");
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static UnixFileMode Unix(int bits) => (UnixFileMode)bits;

    private static async Task WriteTextAsync(TarWriter writer, string name, string text)
    {
        using var data = new MemoryStream(Encoding.ASCII.GetBytes(text));
        await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { Mode = Unix(0b110_100_100), DataStream = data });
    }

    private static async Task<string[]> ListAppletsAsync()
    {
        using var process = Process.Start(new ProcessStartInfo(BusyboxPath, "--list") { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("busybox --list did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
