using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Toolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Metadata references for in-memory compilations: the SDK's .NET reference assemblies (Basic.Reference.Assemblies
/// is not available here) plus Toolkit.Abstractions, Toolkit.Mocking and the Microsoft.Extensions assemblies they bring.
/// </summary>
internal static class References
{
    private static readonly Lazy<string> LazyFrameworkDirectory = new(FindFrameworkDirectory);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(() =>
        Directory.GetFiles(FrameworkDirectory, "*.dll").Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyToolkit = new(() =>
        Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => Path.GetFileName(p) is var name && (name is "Toolkit.Abstractions.dll" or "Toolkit.Mocking.dll" || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>The <c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net10.0</c> folder of the installed SDK.</summary>
    public static string FrameworkDirectory => LazyFrameworkDirectory.Value;

    /// <summary>The .NET 10 reference assemblies.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>Toolkit.Abstractions, Toolkit.Mocking and their Microsoft.Extensions dependencies.</summary>
    public static ImmutableArray<MetadataReference> Toolkit => LazyToolkit.Value;

    /// <summary>Everything a test compilation needs.</summary>
    public static ImmutableArray<MetadataReference> All => Framework.AddRange(Toolkit);

    private static string FindFrameworkDirectory()
    {
        var dotnetRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        var packs = Path.Combine(Path.GetDirectoryName(dotnetRoot)!, "packs", "Microsoft.NETCore.App.Ref");
        var candidates = Directory.Exists(packs)
            ? Directory.GetDirectories(packs).Select(v => Path.Combine(v, "ref", "net10.0")).Where(Directory.Exists).ToList()
            : [];
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("No .NET 10 reference assemblies under '" + packs + "'; install the .NET 10 SDK.");
        }

        return candidates.OrderBy(c => Version.Parse(new DirectoryInfo(Path.GetDirectoryName(Path.GetDirectoryName(c))!).Name.Split('-')[0])).Last();
    }
}
