namespace Toolkit.Files.Tests.Globbing;

/// <summary>The patterns compared with bash: hand-picked corner cases, then a seeded random batch.</summary>
public static class GlobPatterns
{
    public static readonly string[] Curated =
    [
        "*", "**", "**/", "*/", ".*", "**/.*", "**/*", "**/**", "**/**/", "**/*/", "*/*", "*/*/", "*/**", "*/**/",
        "a/**", "a/**/", "a/**/**", "a/**/*.txt", "**/*.txt", "**/*.cs", "**/a", "**/a/", "**/a/**", "**/a/**/",
        "src/**", "link-a/**", "link-a/*", "*/link-up/*", "src/link-up/*", "**/link-up", "**/link-up/", "**/file-link",
        "lib/*", "dangling", "dangl*", "loop", "loo?", "loop/*", "empty/**", "empty/*", "empty/", ".git/**", ".git/*/",
        "**/.git", "**/objects/**", ".*/**", "?", "??", "???", "[ab]*", "[!a]*", "[^a]*", "[a-c]*", "[[:upper:]]*",
        "[[:digit:]]*", "*[[:digit:]]", "z\\[1\\]", "**/z\\[1\\]", "**/z[[]1[]]", "a/b*/**", "a/*/**", "**/a/b*",
        "{a,src}/*", "{a,src}/**", "**/{a,b}", "*.{txt,cs}", "**/*.{txt,cs,md}", "{a,b{c,d}}", "a{,b,bc}", "{1..3}", "{a..c}*",
        "./*", "./**", "./**/", "a/./*", "a/../*", "**/.", "**/..", "a/.", "*/.", "a//*", "é*", "**/é*", "*/é/*",
        "x\\ y", "**/x\\ y", "*\\ *", "a.b.c", "*.*.*", "**/*.*.*", "Makefile", "**/Makefile", "a/a/a/*", "**/a/a/**",
        "*/*/*/*", "**/.h.txt", "**/.cfg", ".cache/**/", "**/.cache/**",
    ];

    public static IReadOnlyList<string> Random(int count, int seed)
    {
        string[] parts =
        [
            "*", "**", "?", "??", "a*", "*a*", "*.txt", "*.cs", "[ab]*", "[!a]*", "[[:upper:]]*", ".*", "{a,src}",
            "{a,b}*", "*{.txt,.cs}", "a", "src", "lib", ".git", "é*", "?b*", "a?c", "*c", "link-a", "x", "[a-z]",
        ];
        var random = new System.Random(seed);
        var patterns = new List<string>();
        while (patterns.Count < count)
        {
            int length = random.Next(1, 5);
            var components = Enumerable.Range(0, length).Select(_ => parts[random.Next(parts.Length)]).ToList();
            string pattern = string.Join('/', components);
            if (random.NextDouble() < 0.2)
            {
                pattern += "/";
            }

            if (random.NextDouble() < 0.1)
            {
                pattern = "./" + pattern;
            }

            // Two `**` in one pattern make bash (and the driver) walk the tree once per base; keep the batch quick.
            if (components.Count(part => part == "**") <= 2 && !patterns.Contains(pattern))
            {
                patterns.Add(pattern);
            }
        }

        return patterns;
    }
}
