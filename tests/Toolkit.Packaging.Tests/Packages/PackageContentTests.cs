using Toolkit.Packaging.Tests.Infrastructure;

namespace Toolkit.Packaging.Tests.Packages;

/// <summary>What `dotnet pack` puts in the three packages: two for production code, one for test code.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageContentTests(ToolkitPackages packages)
{
    [Fact]
    public void The_generators_package_holds_the_generator_as_an_analyzer_and_the_support_assembly_as_a_lib()
    {
        var package = new PackageReader(packages.GeneratorsPackage);

        Assert.Equal(
            ["README.md", "analyzers/dotnet/roslyn4.8/cs/Toolkit.Generators.dll", "lib/net10.0/Toolkit.Abstractions.dll", "lib/net10.0/Toolkit.Abstractions.xml"],
            package.ContentEntries);
    }

    [Fact]
    public void The_runtime_package_holds_only_the_runtime_assembly_and_its_documentation()
    {
        var package = new PackageReader(packages.RuntimePackage);

        Assert.Equal(["README.md", "lib/net10.0/Toolkit.Runtime.dll", "lib/net10.0/Toolkit.Runtime.xml"], package.ContentEntries);
    }

    [Fact]
    public void The_mocking_package_holds_only_the_mocking_assembly_and_its_documentation()
    {
        var package = new PackageReader(packages.MockingPackage);

        Assert.Equal(["README.md", "lib/net10.0/Toolkit.Mocking.dll", "lib/net10.0/Toolkit.Mocking.xml"], package.ContentEntries);
    }

    [Theory]
    [InlineData("Toolkit.Generators", "lib/net10.0/Toolkit.Abstractions.dll")]
    [InlineData("Toolkit.Runtime", "lib/net10.0/Toolkit.Runtime.dll")]
    public void The_production_packages_hold_no_mocking_type(string id, string assembly)
    {
        var namespaces = new PackageReader(PathOf(id)).PublicNamespaces(assembly);

        Assert.DoesNotContain(namespaces, n => n == "Toolkit.Mocking" || n.StartsWith("Toolkit.Mocking.", StringComparison.Ordinal));
        Assert.Contains("Toolkit.Errors", namespaces);
    }

    [Fact]
    public void The_mocking_package_holds_the_mocking_runtime()
    {
        var namespaces = new PackageReader(packages.MockingPackage).PublicNamespaces("lib/net10.0/Toolkit.Mocking.dll");

        Assert.All(namespaces.Where(n => n.Length > 0), n => Assert.StartsWith("Toolkit.Mocking", n, StringComparison.Ordinal));
        Assert.Contains("Toolkit.Mocking", namespaces);
    }

    [Fact]
    public void The_mocking_package_depends_on_the_generators_package_of_the_same_version_with_its_analyzers()
    {
        var dependencies = new PackageReader(packages.MockingPackage).Dependencies();

        var generators = Assert.Single(dependencies);
        Assert.Equal("Toolkit.Generators", generators.Key);
        Assert.Equal(ToolkitPackages.Version, generators.Value.Version);
        Assert.Equal("All", generators.Value.Include);
        Assert.Null(generators.Value.Exclude);
    }

    [Fact]
    public void The_generators_package_declares_the_support_assemblys_dependencies_and_nothing_of_the_compiler()
    {
        var dependencies = new PackageReader(packages.GeneratorsPackage).Dependencies();

        Assert.Equal(
            ["Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions"],
            dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.All(dependencies.Values, d => Assert.Equal(Repository.CentralVersionOf("Microsoft.Extensions.DependencyInjection.Abstractions"), d.Version));
    }

    [Fact]
    public void The_runtime_package_depends_on_the_generators_package_of_the_same_version_with_its_analyzers()
    {
        var dependencies = new PackageReader(packages.RuntimePackage).Dependencies();

        var generators = Assert.Single(dependencies);
        Assert.Equal("Toolkit.Generators", generators.Key);
        Assert.Equal(ToolkitPackages.Version, generators.Value.Version);
        Assert.Equal("All", generators.Value.Include);
        Assert.Null(generators.Value.Exclude);
    }

    [Theory]
    [InlineData("Toolkit.Generators")]
    [InlineData("Toolkit.Runtime")]
    [InlineData("Toolkit.Mocking")]
    public void Each_package_has_the_metadata_a_gallery_shows(string id)
    {
        var package = new PackageReader(PathOf(id));

        Assert.Equal(id, package.Value("id"));
        Assert.Equal(ToolkitPackages.Version, package.Value("version"));
        Assert.True(package.Value("description").Length > 100, "the description says what the package does");
        Assert.Equal("MIT", package.Value("license"));
        Assert.Equal("expression", (string?)package.Element("license")!.Attribute("type"));
        Assert.Equal("README.md", package.Value("readme"));
        Assert.StartsWith("# " + id, package.Readme);
        Assert.Contains($"<PackageReference Include=\"{id}\"", package.Readme, StringComparison.Ordinal);
        Assert.Contains("aot", package.Value("tags").Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(package.Value("authors")));
    }

    [Fact]
    public void No_test_benchmark_sample_or_compiler_assembly_is_packed()
    {
        var entries = new[] { packages.GeneratorsPackage, packages.RuntimePackage, packages.MockingPackage }.SelectMany(p => new PackageReader(p).Entries).ToList();

        Assert.DoesNotContain(entries, e => e.Contains("Test", StringComparison.OrdinalIgnoreCase)
                                            || e.Contains("Benchmark", StringComparison.OrdinalIgnoreCase)
                                            || e.Contains("Sample", StringComparison.OrdinalIgnoreCase)
                                            || e.Contains("Quickstart", StringComparison.OrdinalIgnoreCase)
                                            || e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                                            || e.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Packing_the_same_build_again_gives_byte_identical_packages()
    {
        var again = packages.NewDirectory("repack");

        await packages.PackAsync(again);

        Assert.Equal(File.ReadAllBytes(packages.GeneratorsPackage), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(packages.GeneratorsPackage))));
        Assert.Equal(File.ReadAllBytes(packages.RuntimePackage), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(packages.RuntimePackage))));
        Assert.Equal(File.ReadAllBytes(packages.MockingPackage), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(packages.MockingPackage))));
    }

    private string PathOf(string id) => id switch
    {
        "Toolkit.Generators" => packages.GeneratorsPackage,
        "Toolkit.Runtime" => packages.RuntimePackage,
        _ => packages.MockingPackage,
    };
}
