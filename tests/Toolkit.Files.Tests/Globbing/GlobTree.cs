using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>
/// A generated directory tree for comparing globs with bash: nested and hidden directories, names that
/// differ only by case, non-ASCII and bracket characters, symbolic links to files and directories (one
/// pointing back up the tree), a dangling link and a self-referencing link.
/// </summary>
public static class GlobTree
{
    private static readonly string[] FileNames =
    [
        "a", "ab", "abc", "b", "B", "data.txt", "Data.TXT", "c.cs", "d.cs", "readme.md", "a.b.c",
        "x y", "é.txt", "z[1]", "1", "10", "2", ".h.txt", ".cfg", "Makefile",
    ];

    private static readonly string[] DirectoryNames = ["a", "ab", "src", "Src", "lib", "x", ".git", ".cache", "é"];

    public static void Build(TestDirectory directory, int seed = 1234)
    {
        var random = new Random(seed);
        Fill(directory, string.Empty, depth: 0, random);
        directory.Link("link-a", "a");
        directory.Link("src/link-up", "..");
        directory.Link("lib/file-link", "../a/data.txt");
        directory.Link("dangling", "nowhere");
        directory.Link("loop", "loop");
        directory.Link("a/.hidden-link", "../src");
        directory.Dir("empty");
        directory.Dir(".git/objects/aa");
        directory.File(".git/objects/aa/pack.txt", "x");
    }

    private static void Fill(TestDirectory directory, string path, int depth, Random random)
    {
        var children = new List<string>();
        if (depth < 3)
        {
            foreach (string name in DirectoryNames)
            {
                if (depth == 0 || random.NextDouble() < 0.35)
                {
                    children.Add(name);
                    directory.Dir(Path.Combine(path, name));
                }
            }
        }

        foreach (string name in FileNames)
        {
            if (!children.Contains(name) && random.NextDouble() < 0.45)
            {
                directory.File(Path.Combine(path, name), name);
            }
        }

        foreach (string child in children)
        {
            Fill(directory, Path.Combine(path, child), depth + 1, random);
        }
    }
}
