namespace Toolkit.Benchmarks.Files;

/// <summary>The data the file benchmarks work on, created once under /tmp and reused across runs.</summary>
internal static class BenchmarkFiles
{
    public const long GiB = 1024L * 1024 * 1024;

    public static readonly string Directory = Path.Combine(Path.GetTempPath(), "toolkit-file-benchmarks");

    /// <summary>A 1 GiB file of random bytes (random so no file system can compress or deduplicate it).</summary>
    public static string OneGiBFile()
    {
        System.IO.Directory.CreateDirectory(Directory);
        string path = Path.Combine(Directory, "one-gib.bin");
        if (!File.Exists(path) || new FileInfo(path).Length != GiB)
        {
            var random = new Random(42);
            byte[] block = new byte[4 * 1024 * 1024];
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
            for (long written = 0; written < GiB; written += block.Length)
            {
                random.NextBytes(block);
                stream.Write(block);
            }
        }

        // Read it once so every contender starts from the page cache.
        using (var warm = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
        {
            warm.CopyTo(Stream.Null);
        }

        return path;
    }

    /// <summary>
    /// 100,000 empty files: 100 directories of 10 subdirectories of 100 files, half <c>*.txt</c>, half <c>*.log</c>.
    /// </summary>
    public static string HundredThousandFiles()
    {
        string root = Path.Combine(Directory, "tree-100k");
        string marker = Path.Combine(root, ".complete");
        if (File.Exists(marker))
        {
            return root;
        }

        for (int d = 0; d < 100; d++)
        {
            for (int s = 0; s < 10; s++)
            {
                string directory = Path.Combine(root, $"d{d:000}", $"s{s}");
                System.IO.Directory.CreateDirectory(directory);
                for (int f = 0; f < 100; f++)
                {
                    File.Create(Path.Combine(directory, $"f{f:000}.{(f % 2 == 0 ? "txt" : "log")}")).Dispose();
                }
            }
        }

        File.Create(marker).Dispose();
        return root;
    }
}
