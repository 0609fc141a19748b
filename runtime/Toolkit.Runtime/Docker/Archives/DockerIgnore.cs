using System.Text;
using System.Text.RegularExpressions;

namespace Toolkit.Docker.Archives;

/// <summary>
/// The rules of a build context's <c>.dockerignore</c>, matched the way the docker CLI matches them:
/// <c>*</c> and <c>?</c> within one path segment, <c>**</c> across any number of segments, <c>!</c>
/// re-includes, the last matching rule wins, and a rule that matches a directory matches what is in it.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<Rule> _rules;

    private DockerIgnore(List<Rule> rules) => _rules = rules;

    /// <summary>No rules: everything is included.</summary>
    public static DockerIgnore Empty { get; } = new([]);

    /// <summary>Whether some rule re-includes paths (<c>!pattern</c>), so excluded directories must still be walked.</summary>
    public bool HasExceptions => _rules.Any(r => r.Exception);

    public static DockerIgnore Load(string contextDirectory)
    {
        var file = Path.Combine(contextDirectory, ".dockerignore");
        return File.Exists(file) ? Parse(File.ReadAllLines(file)) : Empty;
    }

    public static DockerIgnore Parse(IEnumerable<string> lines)
    {
        var rules = new List<Rule>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var exception = line.StartsWith('!');
            if (exception)
            {
                line = line[1..].Trim();
            }

            var pattern = Clean(line);
            if (pattern.Length == 0 || pattern == ".")
            {
                continue;
            }

            rules.Add(new Rule(pattern, exception, new Regex(ToRegex(pattern), RegexOptions.CultureInvariant), pattern.Split('/').Length));
        }

        return new DockerIgnore(rules);
    }

    /// <summary>Whether the context-relative path (with '/' separators) is left out of the build context.</summary>
    public bool IsExcluded(string relativePath)
    {
        var path = relativePath.TrimEnd('/');
        var segments = path.Split('/');
        var excluded = false;
        foreach (var rule in _rules)
        {
            var match = rule.Regex.IsMatch(path);

            // A rule naming a directory covers its contents: "build" excludes "build/out/app".
            if (!match && segments.Length > rule.Segments)
            {
                match = rule.Regex.IsMatch(string.Join('/', segments, 0, rule.Segments));
            }

            if (match)
            {
                excluded = !rule.Exception;
            }
        }

        return excluded;
    }

    private static string Clean(string pattern)
    {
        // Like Go's filepath.Clean followed by trimming the leading '/': "./a//b/../c/" -> "a/c".
        var parts = new List<string>();
        foreach (var part in pattern.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                    }

                    regex.Append(i + 1 >= pattern.Length ? ".*" : "(.*/)?");
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '\\' when i + 1 < pattern.Length:
                    i++;
                    regex.Append(Regex.Escape(pattern[i].ToString()));
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append("\\[");
                        break;
                    }

                    var set = pattern[(i + 1)..close];
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }

    private sealed record Rule(string Pattern, bool Exception, Regex Regex, int Segments);
}
