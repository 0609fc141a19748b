namespace Toolkit.Files.Globbing;

/// <summary>One brace-expanded glob word, split into components.</summary>
internal sealed class GlobPattern
{
    private GlobPattern(string lead, GlobComponent[] components, bool trailingSlash, bool endsWithDoubleGlobStar)
    {
        Lead = lead;
        Components = components;
        TrailingSlash = trailingSlash;
        EndsWithDoubleGlobStar = endsWithDoubleGlobStar;
    }

    /// <summary>The leading slashes of an absolute pattern ("/"), or "" for a relative one.</summary>
    public string Lead { get; }

    public GlobComponent[] Components { get; }

    /// <summary>Whether the pattern ends with '/', which restricts matches to directories and keeps the slash in results.</summary>
    public bool TrailingSlash { get; }

    /// <summary>
    /// Whether the pattern ended in <c>**/**</c>, collapsed to one <c>**</c>. Bash does the same, but still
    /// treats what precedes as a globbed directory, so the directory itself is written without its slash.
    /// </summary>
    public bool EndsWithDoubleGlobStar { get; }

    /// <summary>Whether any component has wildcards; a pattern without is just a path to test for existence.</summary>
    public bool HasMagic => Components.Any(component => component.Kind != GlobComponentKind.Literal);

    public static GlobPattern Parse(string word, GlobOptions options)
    {
        int leadLength = 0;
        while (leadLength < word.Length && word[leadLength] == '/')
        {
            leadLength++;
        }

        string body = word[leadLength..];
        bool trailingSlash = body.EndsWith('/');
        var parts = body.TrimEnd('/').Split('/');
        var components = new List<GlobComponent>(parts.Length);
        foreach (string part in parts)
        {
            if (part == "**")
            {
                // `**/**/x` is `**/x`, and bash reads a final `**/**` as one `**` too (see EndsWithDoubleGlobStar).
                if (components.Count > 0 && components[^1].Kind == GlobComponentKind.GlobStar)
                {
                    continue;
                }

                components.Add(new GlobComponent(GlobComponentKind.GlobStar, part, null, options.DotGlob));
                continue;
            }

            var pattern = NamePattern.Compile(part, options.CaseSensitive);
            bool hidden = options.DotGlob || part.StartsWith('.') || part.StartsWith("\\.", StringComparison.Ordinal);
            bool literal = !pattern.HasMagic && (options.CaseSensitive || part is "" or "." or "..");
            components.Add(literal
                ? new GlobComponent(GlobComponentKind.Literal, pattern.Literal, null, hidden)
                : new GlobComponent(GlobComponentKind.Wildcard, part, pattern, hidden));
        }

        bool doubleGlobStar = parts.Length >= 2 && parts[^1] == "**" && parts[^2] == "**";
        return new GlobPattern(word[..leadLength], components.ToArray(), trailingSlash && body.Length > 0, doubleGlobStar);
    }
}
