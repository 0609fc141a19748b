using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>
/// A reference assembly of the corpus packages, as the build resolved it for Corpus/Packages/Corpus.Packages.csproj and
/// listed in <c>corpus-references.txt</c> beside the test assembly (the WriteCorpusReferences target), and whether its
/// interfaces are mocked.
/// </summary>
internal sealed record CorpusPackages(string Group, string FileName, MetadataReference Reference, bool IsMocked)
{
    public const string ListFileName = "corpus-references.txt";

    /// <summary>Every listed assembly, grouped by package (ASP.NET Core's framework assemblies by their family).</summary>
    public static IReadOnlyList<CorpusPackages> Load()
    {
        var list = Path.Combine(AppContext.BaseDirectory, ListFileName);
        if (!File.Exists(list))
        {
            throw new InvalidOperationException("'" + list + "' is missing: build the test project (its WriteCorpusReferences target lists the corpus packages' assemblies).");
        }

        var lines = File.ReadAllLines(list).Where(line => line.Length > 0).Select(line => line.Split('|')).ToList();
        var mocked = lines.Where(parts => parts[0] == "mock").Select(parts => parts[3]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return lines
            .Where(parts => parts[0] == "reference")
            .Select(parts => new CorpusPackages(GroupOf(parts[1], parts[2], parts[3]), Path.GetFileName(parts[3]), MetadataReference.CreateFromFile(parts[3]), mocked.Contains(parts[1])))
            .OrderBy(p => p.Group, StringComparer.Ordinal)
            .ThenBy(p => p.FileName, StringComparer.Ordinal)
            .ToList();
    }

    // The ASP.NET Core reference pack holds many assemblies; name them by family so the report stays readable.
    private static string GroupOf(string package, string version, string path)
    {
        if (package != "Microsoft.AspNetCore.App.Ref")
        {
            return package + " " + version;
        }

        var name = Path.GetFileNameWithoutExtension(path);
        var family = name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) ? "Microsoft.Extensions.*"
            : name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) ? "Microsoft.AspNetCore.*"
            : "other";
        return "Microsoft.AspNetCore.App " + version + " (" + family + ")";
    }
}
