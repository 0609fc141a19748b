using Toolkit.Packaging.Tests.Infrastructure;

namespace Toolkit.Packaging.Tests.Aot;

/// <summary>
/// The native publish command the docs give, <c>dotnet publish samples/AotSample -c Release -r linux-x64</c>, inside
/// the repository: its restore must succeed with the ILCompiler and NativeAOT packs the SDK picks. A version for either
/// in Directory.Packages.props stopped it with NU1009. Only the restore runs here (the native publish itself is checked
/// from the packages by <see cref="AotSampleTests"/>), into a temporary artifacts folder: nothing is written into the
/// repository.
/// </summary>
public sealed class DocumentedPublishCommandTests
{
    [Fact]
    public async Task Its_restore_succeeds_in_the_repository_and_brings_the_native_compiler()
    {
        using var artifacts = new TemporaryDirectory("aot-restore");
        // _IsPublishing is what `dotnet publish` sets, and what turns PublishAot on in the sample.
        string[] arguments = ["restore", Repository.PathOf("samples", "AotSample"), "-r", "linux-x64", "-p:_IsPublishing=true", "--artifacts-path", artifacts.Path, "-nodeReuse:false"];

        var restore = await new DotnetCli(Repository.Root).RunAsync(arguments);

        Assert.True(restore.ExitCode == 0, DotnetCli.Describe(arguments, restore));
        var assets = await File.ReadAllTextAsync(artifacts.PathOf("obj", "AotSample", "project.assets.json"));
        Assert.Contains("\"runtime.linux-x64.Microsoft.DotNet.ILCompiler/", assets, StringComparison.Ordinal);
    }
}
