namespace Toolkit.Files.Resolution;

/// <summary>Lexical path handling. It never resolves ".." (the kernel does that, physically, as the shell does).</summary>
internal static class PathText
{
    /// <summary>Rejects null, empty and NUL-containing paths with an error naming the parameter.</summary>
    public static void Validate(string path, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(path, parameterName);
        if (path.Length == 0)
        {
            throw new ArgumentException("The path is empty; use \".\" for the driver's root (or the current directory).", parameterName);
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path '{path.Replace('\0', '?')}' contains a NUL character, which no Linux path can hold.", parameterName);
        }
    }

    /// <summary>
    /// Splits <paramref name="path"/> into the directory that holds its last name and that name, ignoring
    /// trailing slashes: "a/b/" gives "a" and "b", "b" gives "." and "b", "/b" gives "/" and "b".
    /// </summary>
    public static void SplitLeaf(string path, out string parent, out string leaf)
    {
        int end = path.Length;
        while (end > 1 && path[end - 1] == '/')
        {
            end--;
        }

        var trimmed = path.AsSpan(0, end);
        int slash = trimmed.LastIndexOf('/');
        if (slash < 0)
        {
            parent = ".";
            leaf = trimmed.ToString();
            return;
        }

        leaf = trimmed[(slash + 1)..].ToString();
        int parentEnd = slash;
        while (parentEnd > 0 && trimmed[parentEnd - 1] == '/')
        {
            parentEnd--;
        }

        parent = parentEnd == 0 ? "/" : trimmed[..parentEnd].ToString();
    }

    /// <summary>Whether <paramref name="leaf"/> names an entry that can be created, removed or renamed.</summary>
    public static bool IsEntryName(string leaf) => leaf.Length > 0 && leaf != "." && leaf != "..";

    /// <summary>"dir" + "name" as "dir/name"; a directory of "." is dropped so listings read naturally.</summary>
    public static string Join(string directory, string name)
    {
        if (directory == ".")
        {
            return name;
        }

        return directory.EndsWith('/') ? directory + name : string.Concat(directory, "/", name);
    }
}
