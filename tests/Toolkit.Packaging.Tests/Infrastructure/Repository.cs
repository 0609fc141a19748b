using System.Reflection;
using System.Xml.Linq;

namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>Facts about the repository and the build under test, recorded by the test project at build time.</summary>
internal static class Repository
{
    /// <summary>The repository root (the folder holding Toolkit.sln).</summary>
    public static string Root { get; } = Path.TrimEndingDirectorySeparator(Metadata("Toolkit.RepositoryRoot"));

    /// <summary>The configuration this test assembly (and so the projects it packs) was built in.</summary>
    public static string Configuration { get; } = Metadata("Toolkit.Configuration");

    /// <summary>The version the packages get.</summary>
    public static string PackageVersion { get; } = Metadata("Toolkit.PackageVersion");

    /// <summary>The quickstart program this build produced.</summary>
    public static string QuickstartAssembly { get; } = Metadata("Toolkit.QuickstartAssembly");

    /// <summary>A path under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The version Directory.Packages.props pins for a third-party package, so consumers use the same ones.</summary>
    public static string CentralVersionOf(string packageId)
    {
        var document = XDocument.Load(PathOf("Directory.Packages.props"));
        return document.Descendants("PackageVersion")
            .FirstOrDefault(e => string.Equals((string?)e.Attribute("Include"), packageId, StringComparison.OrdinalIgnoreCase))
            ?.Attribute("Version")?.Value
            ?? throw new InvalidOperationException($"Directory.Packages.props has no PackageVersion for {packageId}.");
    }

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly was built without the {key} metadata.");
}
