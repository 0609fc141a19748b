using System.Formats.Tar;

namespace AotSample.Containers;

/// <summary>
/// The smallest root file system that runs a command: the host's static <c>/bin/busybox</c> alone, as a tar archive
/// for <c>IImageDriver.ImportAsync</c>. No registry is involved, so the sample runs a container on any engine.
/// </summary>
internal static class BusyboxRootFilesystem
{
    public const string BusyboxPath = "/bin/busybox";

    public static bool IsAvailable => File.Exists(BusyboxPath);

    public static async Task<Stream> CreateAsync(CancellationToken cancellationToken)
    {
        const UnixFileMode Executable = (UnixFileMode)0b111_101_101;
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "bin/") { Mode = Executable }, cancellationToken);
            await using var busybox = File.OpenRead(BusyboxPath);
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "bin/busybox") { Mode = Executable, DataStream = busybox }, cancellationToken);
        }

        tar.Position = 0;
        return tar;
    }
}
