using System.IO.Compression;
using System.Xml.Linq;

namespace Toolkit.Packaging.Tests.Packages;

/// <summary>Reads a .nupkg: its entries and its .nuspec.</summary>
internal sealed class PackageReader
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    private readonly string _path;

    public PackageReader(string path)
    {
        _path = path;
        using var archive = ZipFile.OpenRead(path);
        Entries = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = nuspec.Open();
        Metadata = XDocument.Load(stream).Root!.Element(Nuspec + "metadata")!;
        using var readme = archive.GetEntry("README.md")?.Open();
        Readme = readme is null ? null : new StreamReader(readme).ReadToEnd();
    }

    /// <summary>Every entry path, sorted.</summary>
    public IReadOnlyList<string> Entries { get; }

    public XElement Metadata { get; }

    public string? Readme { get; }

    /// <summary>The entries that are content (not the package's own bookkeeping).</summary>
    public IEnumerable<string> ContentEntries =>
        Entries.Where(e => !e.StartsWith("_rels/", StringComparison.Ordinal)
                           && !e.StartsWith("package/", StringComparison.Ordinal)
                           && e is not "[Content_Types].xml"
                           && !e.EndsWith(".nuspec", StringComparison.Ordinal));

    /// <summary>The namespaces of the public types of the assembly at <paramref name="entry"/>, read as metadata (never loaded).</summary>
    public IReadOnlySet<string> PublicNamespaces(string entry)
    {
        using var archive = ZipFile.OpenRead(_path);
        using var stream = archive.GetEntry(entry)!.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
            .Select(t => metadata.GetString(t.Namespace))
            .ToHashSet(StringComparer.Ordinal);
    }

    public string Value(string element) => Metadata.Element(Nuspec + element)?.Value ?? "";

    public XElement? Element(string element) => Metadata.Element(Nuspec + element);

    /// <summary>The package dependencies of the net10.0 group: id → (version, include, exclude).</summary>
    public IReadOnlyDictionary<string, (string Version, string? Include, string? Exclude)> Dependencies() =>
        Metadata.Element(Nuspec + "dependencies")!
            .Elements(Nuspec + "group").Single(g => (string?)g.Attribute("targetFramework") == "net10.0")
            .Elements(Nuspec + "dependency")
            .ToDictionary(d => (string)d.Attribute("id")!, d => ((string)d.Attribute("version")!, (string?)d.Attribute("include"), (string?)d.Attribute("exclude")));
}
