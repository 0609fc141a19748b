using System.Text;
using Toolkit.Files.Tests.Support;

namespace Toolkit.Files.Tests.Globbing;

/// <summary>Asks bash itself (<c>shopt -s globstar nullglob</c>, C.UTF-8 collation) what a batch of patterns expands to.</summary>
public static class BashGlob
{
    public static async Task<List<string[]>> ExpandAsync(string workingDirectory, IReadOnlyList<string> patterns, bool dotGlob = false, bool noCaseGlob = false)
    {
        var script = new StringBuilder();
        script.AppendLine("shopt -s globstar nullglob");
        if (dotGlob)
        {
            script.AppendLine("shopt -s dotglob");
        }

        if (noCaseGlob)
        {
            script.AppendLine("shopt -s nocaseglob");
        }

        // A word without glob characters comes back verbatim whether or not it exists; keep only what exists, as the driver does.
        script.AppendLine("""emit() { for f in "$@"; do if [[ -e $f || -L $f ]]; then printf '%s\0' "$f"; fi; done; printf '\1\0'; }""");
        foreach (string pattern in patterns)
        {
            script.Append("emit ").AppendLine(pattern);
        }

        var (exitCode, stdout, stderr) = await ExternalProcess.RunAsync(
            "bash",
            ["--noprofile", "--norc", "-s"],
            workingDirectory,
            new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" },
            script.ToString());
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"bash failed ({exitCode}): {stderr}");
        }

        var results = new List<string[]>();
        var current = new List<string>();
        foreach (string item in Encoding.UTF8.GetString(stdout).Split('\0'))
        {
            if (item == "\u0001")
            {
                results.Add(current.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
                current = new List<string>();
            }
            else if (item.Length > 0)
            {
                current.Add(item);
            }
        }

        if (results.Count != patterns.Count)
        {
            throw new InvalidOperationException($"bash returned {results.Count} results for {patterns.Count} patterns: {stderr}");
        }

        return results;
    }
}
