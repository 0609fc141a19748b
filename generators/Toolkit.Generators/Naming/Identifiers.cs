using Microsoft.CodeAnalysis.CSharp;

namespace Toolkit.Generators.Naming;

/// <summary>Turns names into identifiers that are safe to write into generated code.</summary>
internal static class Identifiers
{
    /// <summary>Prefixes a reserved keyword with <c>@</c> (<c>class</c> → <c>@class</c>); other names are returned unchanged.</summary>
    public static string Escape(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Removes a leading <c>@</c>.</summary>
    public static string Unescape(string name)
        => name.Length > 1 && name[0] == '@' ? name.Substring(1) : name;

    /// <summary>Upper-cases the first letter: <c>command</c> → <c>Command</c>, <c>@class</c> → <c>Class</c>.</summary>
    public static string ToPascalCase(string name)
    {
        name = Unescape(name);
        if (name.Length == 0 || !char.IsLower(name[0]))
        {
            return name;
        }

        return char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>Lower-cases the first letter: <c>Command</c> → <c>command</c> (escaped when that is a keyword).</summary>
    public static string ToCamelCase(string name)
    {
        name = Unescape(name);
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return Escape(name);
        }

        return Escape(char.ToLowerInvariant(name[0]) + name.Substring(1));
    }

    /// <summary>
    /// Returns <paramref name="preferred"/>, or <paramref name="preferred"/> followed by the smallest number that
    /// makes it absent from <paramref name="taken"/>; the returned name is added to <paramref name="taken"/>.
    /// Use it for locals and helper members that must not collide with user-chosen names.
    /// </summary>
    public static string Unique(string preferred, ISet<string> taken)
    {
        if (taken.Add(preferred))
        {
            return preferred;
        }

        for (var i = 2; ; i++)
        {
            var candidate = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
