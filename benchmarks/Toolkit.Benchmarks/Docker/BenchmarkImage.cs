using System.Formats.Tar;
using Toolkit.Docker.Images;
using Toolkit.Docker;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// The image the Docker benchmarks run: a root file system holding the host's static busybox and a
/// <c>true</c> link, imported into the engine (no registry is needed). Tagged the same way every time,
/// so the CLI and the raw requests can name it too.
/// </summary>
internal static class BenchmarkImage
{
    public const string Repository = "toolkit-docker-bench";

    public static async Task<string> ImportAsync(DockerDriver driver)
    {
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "bin/") { Mode = (UnixFileMode)0b111_101_101 });
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "tmp/") { Mode = (UnixFileMode)0b111_111_111 });
            await using (var busybox = File.OpenRead("/bin/busybox"))
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "bin/busybox") { Mode = (UnixFileMode)0b111_101_101, DataStream = busybox });
            }

            foreach (var applet in new[] { "true", "sh", "echo" })
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "bin/" + applet) { LinkName = "busybox" });
            }
        }

        tar.Position = 0;
        var tag = driver.SessionId[^8..];
        await driver.Images.ImportAsync(tar, new ImageImportOptions { Repository = Repository, Tag = tag, Changes = ["ENV PATH=/bin"] });
        return Repository + ":" + tag;
    }
}
