namespace Toolkit.Files.Tests.Support;

/// <summary>
/// A real tmpfs mounted for a test: read-only, or with a tiny size to fill, or just another file system
/// for EXDEV. Mounting needs root (CAP_SYS_ADMIN), which the test environment has.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static async Task<TmpfsMount> CreateAsync(string path, string options = "size=16m")
    {
        Directory.CreateDirectory(path);
        var (exitCode, _, stderr) = await ExternalProcess.RunAsync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"mount -t tmpfs -o {options} failed ({stderr.Trim()}); the file driver's mount tests need root or CAP_SYS_ADMIN, as in CI.");
        }

        return new TmpfsMount(path);
    }

    /// <summary>Remounts read-only, keeping what was written before.</summary>
    public async Task MakeReadOnlyAsync() =>
        await ExternalProcess.RunCheckedAsync("mount", "-o", "remount,ro", Path);

    public void Dispose() => _ = ExternalProcess.RunAsync("umount", ["-l", Path]).GetAwaiter().GetResult();
}
