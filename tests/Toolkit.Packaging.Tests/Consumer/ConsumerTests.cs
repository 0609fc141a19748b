using Toolkit.Packaging.Tests.Infrastructure;
using Toolkit.Shell;

namespace Toolkit.Packaging.Tests.Consumer;

/// <summary>
/// A brand-new solution outside the repository (Consumer/Template) adds Toolkit by PackageReference only, one package per
/// side: the production project references Toolkit.Runtime and holds no mocking type; the test project references
/// Toolkit.Mocking and mocks both its own interface and a driver. It builds with warnings as errors, runs its xUnit tests
/// against the generated mocks, and runs a program that resolves the generated decorator chain from DI.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ConsumerTests(ToolkitPackages packages, ConsumerTests.BuiltConsumer consumer) : IClassFixture<ConsumerTests.BuiltConsumer>
{
    [Fact]
    public async Task The_consumer_builds_with_warnings_as_errors_and_no_warning()
    {
        var build = await consumer.BuildAsync(packages);

        Assert.Contains("0 Warning(s)", build.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("0 Error(s)", build.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_consumer_gets_the_toolkit_packages_from_the_fresh_local_feed()
    {
        var build = await consumer.BuildAsync(packages);
        var workspace = build.Workspace;

        var assets = await File.ReadAllTextAsync(workspace.PathOf("src", "Greetings", "obj", "project.assets.json"));

        Assert.Contains($"\"Toolkit.Generators/{ToolkitPackages.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains($"\"Toolkit.Runtime/{ToolkitPackages.Version}\"", assets, StringComparison.Ordinal);
        var extracted = Path.Combine(packages.PackagesFolder, "toolkit.runtime", ToolkitPackages.Version, $"toolkit.runtime.{ToolkitPackages.Version}.nupkg");
        Assert.Equal(await File.ReadAllBytesAsync(packages.RuntimePackage), await File.ReadAllBytesAsync(extracted));
    }

    [Fact]
    public async Task The_production_assembly_references_no_mocking_assembly_and_holds_no_mock()
    {
        var build = await consumer.BuildAsync(packages);
        var assembly = build.Workspace.PathOf("src", "Greetings", "bin", "Release", "net10.0", "Greetings.dll");

        var (references, types) = AssemblyMetadata.Read(assembly);

        Assert.Contains("Toolkit.Runtime", references);
        Assert.DoesNotContain("Toolkit.Mocking", references);
        Assert.DoesNotContain(types, t => t.EndsWith("Mock", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(assembly)!, "Toolkit.Mocking.dll")), "the mocking runtime is not copied next to the app");
    }

    [Fact]
    public async Task The_test_assembly_references_the_mocking_runtime_and_holds_the_mocks()
    {
        var build = await consumer.BuildAsync(packages);
        var assembly = build.Workspace.PathOf("tests", "Greetings.Tests", "bin", "Release", "net10.0", "Greetings.Tests.dll");

        var (references, types) = AssemblyMetadata.Read(assembly);

        Assert.Contains("Toolkit.Mocking", references);
        Assert.Contains("Greetings.GreetingDriverMock", types);
        Assert.Contains("Toolkit.Shell.ShellDriverMock", types);
    }

    [Fact]
    public async Task The_consumers_xunit_tests_pass_with_the_generated_mocks()
    {
        var build = await consumer.BuildAsync(packages);

        var test = await build.Workspace.Cli.RunAsync("test", "tests/Greetings.Tests", "--no-build", "-c", "Release", "-nodeReuse:false");

        Assert.True(test.ExitCode == 0, DotnetCli.Describe(["test"], test));
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+3,\s+Skipped:\s+0,\s+Total:\s+3", test.StandardOutput);
    }

    [Fact]
    public async Task The_consumer_program_resolves_the_validating_and_tracking_chain_from_DI_and_runs()
    {
        var build = await consumer.BuildAsync(packages);

        var run = await build.Workspace.Cli.RunAsync("run", "--project", "src/Greetings", "--no-build", "-c", "Release");

        Assert.True(run.ExitCode == 0, DotnetCli.Describe(["run"], run));
        Assert.Equal(
            """
            chain: ValidatingGreetingDriver
            greeting: Hello, package!
            repeat: Hi, twice! Hi, twice!
            rejected: options.Times [Range], options.Salutation [RegularExpression]
            tracked: shell.RunAsync Succeeded
            tracked: greeting.GreetAsync Succeeded
            tracked: greeting.Repeat Succeeded

            """,
            run.StandardOutput.ReplaceLineEndings("\n"));
    }

    /// <summary>Copies the template into a new workspace, restores and builds it once for all the tests above.</summary>
    public sealed class BuiltConsumer
    {
        private readonly Lock _gate = new();
        private Task<Built>? _built;

        public Task<Built> BuildAsync(ToolkitPackages packages)
        {
            lock (_gate)
            {
                return _built ??= BuildCoreAsync(packages);
            }
        }

        private static async Task<Built> BuildCoreAsync(ToolkitPackages packages)
        {
            var workspace = await packages.CreateWorkspaceAsync("consumer");
            workspace.CopyFrom(Repository.PathOf("tests", "Toolkit.Packaging.Tests", "Consumer", "Template"), ".");
            await workspace.Cli.RunSuccessfullyAsync("new", "sln", "--name", "Greetings", "--format", "sln");
            await workspace.Cli.RunSuccessfullyAsync("sln", "Greetings.sln", "add", "src/Greetings/Greetings.csproj", "tests/Greetings.Tests/Greetings.Tests.csproj");
            var build = await workspace.Cli.RunSuccessfullyAsync("build", "Greetings.sln", "-c", "Release", "-nodeReuse:false");
            return new Built(workspace, build.StandardOutput);
        }
    }

    public sealed record Built(ConsumerWorkspace Workspace, string StandardOutput);
}
