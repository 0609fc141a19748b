using System.Text.RegularExpressions;
using Toolkit.Packaging.Tests.Infrastructure;
using Toolkit.Shell;

namespace Toolkit.Packaging.Tests.Aot;

/// <summary>
/// samples/AotSample, built as a package consumer outside the repository: a self-contained, fully trimmed publish with
/// every trim and AOT warning reported (and none allowed), then the binary runs and must print the right output.
/// The trimmer and the AOT analyzers are the same ones a Native AOT publish runs; the native link itself needs
/// Microsoft.NETCore.App.Runtime.NativeAOT.linux-x64, which this machine's package mirror does not hold.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AotSampleTests(ToolkitPackages packages, AotSampleTests.PublishedSample sample) : IClassFixture<AotSampleTests.PublishedSample>
{
    private static readonly Regex ExpectedOutput = new("""
        ^chain: ValidatingReportDriver
        report: reports/inventory\.txt, 17 bytes, 3 lines, sha256 4fdbc441ea7b546100e086ac1e4fc5ae6749b7314311c99db05be450eca12996
        rejected: request\.Name \[RegularExpression\]
        rejected: request\.MaxLines \[Range\]
        tracked: file\.WriteTextAsync Succeeded
        tracked: file\.OpenReadAsync Succeeded
        tracked: shell\.RunAsync Succeeded
        tracked: file\.HashFileAsync Succeeded
        tracked: file\.GetMetadataAsync Succeeded
        tracked: report\.WriteAsync Succeeded
        mock: mocked\.txt
        mock: verified one call
        telemetry: AotSample\.Reports\.IReportDriver
        $
        """.ReplaceLineEndings("\n"));

    [Fact]
    public async Task The_trimmed_publish_reports_no_trim_or_AOT_warning()
    {
        var publish = await sample.TrimmedAsync(packages);

        // Warnings are errors in the sample (TreatWarningsAsErrors, TrimmerSingleWarn=false: one warning per
        // problem, none folded into a per-assembly summary), so any trim or AOT warning fails the publish.
        Assert.True(publish.Publish.ExitCode == 0, DotnetCli.Describe(["publish"], publish.Publish));
        Assert.DoesNotMatch(@"(?i)\bwarning\b", publish.Publish.StandardOutput);
        Assert.Matches(@"AotSample -> .+/publish/trimmed/", publish.Publish.StandardOutput);
    }

    [Fact]
    public async Task The_trimmed_publish_is_self_contained_and_really_trimmed()
    {
        var publish = await sample.TrimmedAsync(packages);

        Assert.True(File.Exists(Path.Combine(publish.Directory, "AotSample")), "the apphost is published");
        Assert.True(File.Exists(Path.Combine(publish.Directory, "libcoreclr.so")), "the runtime is published with the app");
        Assert.True(File.Exists(Path.Combine(publish.Directory, "Toolkit.Runtime.dll")));
        Assert.False(File.Exists(Path.Combine(publish.Directory, "System.Private.Xml.dll")), "full trimming removes framework assemblies the app never uses");
    }

    [Fact]
    public async Task The_trimmed_binary_prints_the_expected_output()
    {
        var publish = await sample.TrimmedAsync(packages);

        var run = await RunAsync(Path.Combine(publish.Directory, "AotSample"));

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Matches(ExpectedOutput, run.StandardOutput);
    }

    private static Task<CommandResult> RunAsync(string program) =>
        new ShellDriver().RunAsync(new ShellCommand(program) { ValidateExitCode = false, Timeout = TimeSpan.FromMinutes(2) });

    /// <summary>Copies the sample into a consumer workspace and publishes it trimmed, once for the class.</summary>
    public sealed class PublishedSample
    {
        private readonly Lock _gate = new();
        private Task<Published>? _trimmed;

        public Task<Published> TrimmedAsync(ToolkitPackages packages)
        {
            lock (_gate)
            {
                return _trimmed ??= PublishTrimmedAsync(packages);
            }
        }

        private static async Task<Published> PublishTrimmedAsync(ToolkitPackages packages)
        {
            var workspace = await packages.CreateWorkspaceAsync("aot");
            workspace.CopyFrom(Repository.PathOf("samples", "AotSample"), "AotSample");
            var output = workspace.PathOf("publish", "trimmed");
            var publish = await workspace.Cli.RunAsync(
            [
                "publish", "AotSample/AotSample.csproj", "-c", "Release", "-r", "linux-x64", "-o", output, "-nodeReuse:false",
                "-p:ToolkitFromPackages=true", "-p:PublishAot=false", "-p:PublishTrimmed=true", "--self-contained",
            ]);
            return new Published(publish, output);
        }
    }

    public sealed record Published(CommandResult Publish, string Directory);
}
