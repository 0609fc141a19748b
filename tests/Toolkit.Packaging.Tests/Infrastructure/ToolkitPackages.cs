using System.Security;

namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>
/// Packs Toolkit.Generators and Toolkit.Runtime once, from this build's outputs, into a local folder feed, and makes
/// brand-new consumer workspaces outside the repository that restore from it into a private packages folder.
/// Shared by every test in <see cref="PackagesCollection"/>; everything lives in one temporary directory removed at the end.
/// </summary>
public sealed class ToolkitPackages : IAsyncLifetime
{
    private readonly TemporaryDirectory _root = new("packaging");

    public static string Version => Repository.PackageVersion;

    /// <summary>The local folder feed holding the two packages.</summary>
    public string Feed => _root.PathOf("feed");

    /// <summary>The consumers' private global packages folder: a stale cached Toolkit package can never be used.</summary>
    public string PackagesFolder => _root.PathOf("packages");

    public string GeneratorsPackage => Path.Combine(Feed, $"Toolkit.Generators.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(Feed, $"Toolkit.Runtime.{Version}.nupkg");

    /// <summary>The test-side package: the mocking runtime.</summary>
    public string MockingPackage => Path.Combine(Feed, $"Toolkit.Mocking.{Version}.nupkg");

    /// <summary>Packs both packages into <see cref="Feed"/> once, before the collection's first test.</summary>
    public Task InitializeAsync() => PackAsync(Feed);

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Packs both packages again, from the same build, into <paramref name="feed"/>. <c>--no-build</c>: the packages
    /// hold exactly the assemblies this test run built and tested, and packing writes nothing into the repository
    /// (the .nuspec files go to the temporary directory too).
    /// </summary>
    public async Task PackAsync(string feed)
    {
        var cli = new DotnetCli(Repository.Root);
        var nuspecs = _root.PathOf("nuspec", Guid.NewGuid().ToString("N"));
        await Task.WhenAll(
            cli.RunSuccessfullyAsync("pack", Repository.PathOf("generators", "Toolkit.Abstractions", "Toolkit.Abstractions.csproj"), "-c", Repository.Configuration, "--no-build", "-nodeReuse:false", "-o", feed, "-p:NuspecOutputPath=" + Path.Combine(nuspecs, "generators") + "/"),
            cli.RunSuccessfullyAsync("pack", Repository.PathOf("runtime", "Toolkit.Runtime", "Toolkit.Runtime.csproj"), "-c", Repository.Configuration, "--no-build", "-nodeReuse:false", "-o", feed, "-p:NuspecOutputPath=" + Path.Combine(nuspecs, "runtime") + "/"),
            cli.RunSuccessfullyAsync("pack", Repository.PathOf("generators", "Toolkit.Mocking", "Toolkit.Mocking.csproj"), "-c", Repository.Configuration, "--no-build", "-nodeReuse:false", "-o", feed, "-p:NuspecOutputPath=" + Path.Combine(nuspecs, "mocking") + "/"));
    }

    /// <summary>A temporary directory for packing into.</summary>
    public string NewDirectory(string name) => Directory.CreateDirectory(_root.PathOf(name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>
    /// Creates an empty consumer workspace: its own NuGet.config (the local feed for Toolkit.*, then this machine's
    /// package cache and nuget.org for everything else), central package versions for the packages it may use, and
    /// empty Directory.Build.props/targets so nothing of the repository's build settings can reach it.
    /// </summary>
    public Task<ConsumerWorkspace> CreateWorkspaceAsync(string name)
    {
        var directory = NewDirectory(name);
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), NuGetConfig());
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), CentralVersions());
        return Task.FromResult(new ConsumerWorkspace(directory, new DotnetCli(directory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesFolder })));
    }

    private string NuGetConfig()
    {
        // Third-party packages come from this machine's package cache when it has them (a hierarchical folder feed;
        // restore stays fast) and otherwise from nuget.org. Toolkit.* may only come from the fresh local feed.
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cacheSource = Directory.Exists(machineCache) ? $"""    <add key="machine-cache" value="{Escape(machineCache)}" />""" : "";
        var cacheMapping = Directory.Exists(machineCache) ? """    <packageSource key="machine-cache"><package pattern="*" /></packageSource>""" : "";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Escape(PackagesFolder)}" />
              </config>
              <packageSources>
                <clear />
                <add key="toolkit-local" value="{Escape(Feed)}" />
            {cacheSource}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="toolkit-local"><package pattern="Toolkit.*" /></packageSource>
            {cacheMapping}
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>

            """;
    }

    private static string CentralVersions()
    {
        string[] thirdParty = ["Microsoft.Extensions.DependencyInjection", "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio"];
        var versions = string.Join('\n', thirdParty.Select(id => $"""    <PackageVersion Include="{id}" Version="{Repository.CentralVersionOf(id)}" />"""));
        return $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="Toolkit.Generators" Version="{Version}" />
                <PackageVersion Include="Toolkit.Runtime" Version="{Version}" />
                <PackageVersion Include="Toolkit.Mocking" Version="{Version}" />
            {versions}
              </ItemGroup>
            </Project>

            """;
    }

    private static string Escape(string value) => SecurityElement.Escape(value);
}

/// <summary>The tests that pack, consume and publish: one pack and one private packages folder, used in turn.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<ToolkitPackages>
{
    public const string Name = "Toolkit packages";
}
