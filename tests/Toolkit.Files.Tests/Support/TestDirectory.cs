using System.Text;

namespace Toolkit.Files.Tests.Support;

/// <summary>A fresh, real directory under /tmp for one test, removed afterwards (unmounting anything mounted inside).</summary>
public sealed class TestDirectory : IDisposable
{
    private static readonly string Base = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "toolkit-files-tests");

    public TestDirectory()
    {
        Directory.CreateDirectory(Base);
        Path = System.IO.Path.Combine(Base, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        System.IO.File.SetUnixFileMode(Path, (UnixFileMode)0b111_101_101);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Creates a file (and its directories) with the given content, through System.IO, not the driver.</summary>
    public string File(string relative, string content = "")
    {
        string full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string Dir(string relative)
    {
        string full = this[relative];
        Directory.CreateDirectory(full);
        return full;
    }

    public string Link(string relative, string target)
    {
        string full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.CreateSymbolicLink(full, target);
        return full;
    }

    public string Read(string relative) => System.IO.File.ReadAllText(this[relative]);

    public string[] Entries(string relative = ".") =>
        Directory.GetFileSystemEntries(this[relative]).Select(entry => System.IO.Path.GetFileName(entry)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            // Lazily unmount anything a test mounted here, then remove the tree (chattr'ed files are reset by their tests).
            foreach (string line in System.IO.File.ReadAllLines("/proc/self/mounts"))
            {
                string mountPoint = line.Split(' ')[1];
                if (mountPoint.StartsWith(Path, StringComparison.Ordinal))
                {
                    _ = ExternalProcess.RunAsync("umount", ["-l", mountPoint]).GetAwaiter().GetResult();
                }
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
