using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Sessions;
using Toolkit.Docker;
using Toolkit.Packaging.Tests.Infrastructure;
using Toolkit.Shell;

namespace Toolkit.Packaging.Tests.Aot;

/// <summary>
/// samples/AotSample, built as a package consumer outside the repository, published twice from the packed packages:
/// natively (<c>PublishAot=true</c>: ILC compiles and clang links one executable) and as a fully trimmed, self-contained
/// JIT build (ILLink). Both publishes must report no warning, and both binaries must print exactly the expected output,
/// including the container the sample runs through the Docker driver. The two publishes check different tools: ILC's
/// analysis and code generation, and ILLink's trimming of the JIT deployment that apps without Native AOT use.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AotSampleTests(ToolkitPackages packages, AotSampleTests.PublishedSample sample) : IClassFixture<AotSampleTests.PublishedSample>
{
    private const string Report = """
        chain: ValidatingReportDriver
        report: reports/inventory.txt, 17 bytes, 3 lines, sha256 4fdbc441ea7b546100e086ac1e4fc5ae6749b7314311c99db05be450eca12996
        rejected: request.Name [RegularExpression]
        rejected: request.MaxLines [Range]
        tracked: file.WriteTextAsync Succeeded
        tracked: file.OpenReadAsync Succeeded
        tracked: shell.RunAsync Succeeded
        tracked: file.HashFileAsync Succeeded
        tracked: file.GetMetadataAsync Succeeded
        tracked: report.WriteAsync Succeeded
        mock: mocked.txt
        mock: verified one call
        telemetry: AotSample.Reports.IReportDriver

        """;

    private const string WithEngine = """
        docker: ran /bin/busybox echo in a container: exit code 0, output "hello from busybox"
        tracked: docker.image.ImportAsync Succeeded
        tracked: docker.container.RunAsync Succeeded
        docker: session cleaned up, removed 1 image

        """;

    private const string NowhereSocket = "/nonexistent/docker.sock";

    private const string WithoutEngine = $"""
        docker: skipped, no engine answers (docker Ping could not reach 'unix://{NowhereSocket} (from the DOCKER_HOST environment variable)': the socket file {NowhereSocket} does not exist)

        """;

    [Fact]
    public async Task The_native_publish_succeeds_with_no_warning()
    {
        var publish = await sample.NativeAsync(packages);

        // Warnings are errors in the sample, so an ILC trim or AOT warning would also fail the publish.
        Assert.True(publish.Publish.ExitCode == 0, DotnetCli.Describe(["publish"], publish.Publish));
        Assert.DoesNotMatch(@"(?i)\bwarning\b", publish.Publish.StandardOutput);
        Assert.Contains("Generating native code", publish.Publish.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"AotSample -> .+/publish/native/", publish.Publish.StandardOutput);
    }

    [Fact]
    public async Task The_native_publish_is_one_native_executable_without_the_JIT_runtime()
    {
        var publish = await sample.NativeAsync(packages);

        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(Path.Combine(publish.Directory, "AotSample"))[..4]);
        Assert.False(File.Exists(Path.Combine(publish.Directory, "AotSample.dll")), "no IL assembly is published");
        Assert.False(File.Exists(Path.Combine(publish.Directory, "libcoreclr.so")), "no JIT runtime is published");
        Assert.Empty(Directory.EnumerateFiles(publish.Directory, "*.dll"));
    }

    [Fact]
    public async Task The_native_binary_runs_a_container_and_prints_exactly_the_expected_output()
    {
        var publish = await sample.NativeAsync(packages);

        var run = await RunSuccessfullyAsync(publish);

        Assert.Equal(Report + WithEngine, run.StandardOutput);
        Assert.Equal("", run.StandardError);
    }

    [Fact]
    public async Task The_native_binary_leaves_nothing_on_the_engine()
    {
        var publish = await sample.NativeAsync(packages);

        var run = await RunSuccessfullyAsync(publish);

        Assert.Contains("removed 1 image", run.StandardOutput, StringComparison.Ordinal);
        await using var docker = DockerDriver.Create();
        var createdByTheRun = new Dictionary<string, string?>
        {
            [DockerLabels.OwnerHost] = Environment.MachineName,
            [DockerLabels.OwnerPid] = run.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.Empty(await docker.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = createdByTheRun }));
        Assert.Empty(await docker.Images.ListAsync(new ImageListOptions { Labels = createdByTheRun }));
    }

    [Fact]
    public async Task Without_an_engine_the_native_binary_says_why_in_one_line_and_succeeds()
    {
        var publish = await sample.NativeAsync(packages);

        var run = await RunSuccessfullyAsync(publish, new Dictionary<string, string?> { ["DOCKER_HOST"] = "unix://" + NowhereSocket });

        Assert.Equal(Report + WithoutEngine, run.StandardOutput);
    }

    [Fact]
    public async Task The_trimmed_publish_reports_no_trim_or_AOT_warning()
    {
        var publish = await sample.TrimmedAsync(packages);

        // TrimmerSingleWarn=false: one warning per problem, none folded into a per-assembly summary.
        Assert.True(publish.Publish.ExitCode == 0, DotnetCli.Describe(["publish"], publish.Publish));
        Assert.DoesNotMatch(@"(?i)\bwarning\b", publish.Publish.StandardOutput);
        Assert.Matches(@"AotSample -> .+/publish/trimmed/", publish.Publish.StandardOutput);
    }

    [Fact]
    public async Task A_self_contained_JIT_publish_is_really_trimmed()
    {
        var publish = await sample.TrimmedAsync(packages);

        Assert.True(File.Exists(Path.Combine(publish.Directory, "AotSample")), "the apphost is published");
        Assert.True(File.Exists(Path.Combine(publish.Directory, "libcoreclr.so")), "the runtime is published with the app");
        Assert.True(File.Exists(Path.Combine(publish.Directory, "Toolkit.Runtime.dll")));
        Assert.False(File.Exists(Path.Combine(publish.Directory, "System.Private.Xml.dll")), "full trimming removes framework assemblies the app never uses");
    }

    [Fact]
    public async Task The_trimmed_binary_prints_exactly_what_the_native_one_prints()
    {
        var publish = await sample.TrimmedAsync(packages);

        var run = await RunSuccessfullyAsync(publish);

        Assert.Equal(Report + WithEngine, run.StandardOutput);
    }

    /// <summary>Runs the published sample; an exit code other than 0 fails the test with everything it printed.</summary>
    private static async Task<CommandResult> RunSuccessfullyAsync(Published publish, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var command = new ShellCommand(Path.Combine(publish.Directory, "AotSample")) { ValidateExitCode = false, Timeout = TimeSpan.FromMinutes(2) };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            command = command.WithEnvironmentVariable(name, value);
        }

        var run = await new ShellDriver().RunAsync(command);
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{run.StandardOutput}{run.StandardError}");
        return run;
    }

    /// <summary>Publishes the sample from the packages, natively and trimmed, each once for the class, in workspaces of their own.</summary>
    public sealed class PublishedSample
    {
        private readonly Lock _gate = new();
        private Task<Published>? _native;
        private Task<Published>? _trimmed;

        public Task<Published> NativeAsync(ToolkitPackages packages)
        {
            lock (_gate)
            {
                return _native ??= PublishAsync(packages, "native", "-p:PublishAot=true");
            }
        }

        public Task<Published> TrimmedAsync(ToolkitPackages packages)
        {
            lock (_gate)
            {
                return _trimmed ??= PublishAsync(packages, "trimmed", "-p:PublishAot=false", "--self-contained");
            }
        }

        private static async Task<Published> PublishAsync(ToolkitPackages packages, string name, params string[] mode)
        {
            var workspace = await packages.CreateWorkspaceAsync("aot-" + name);
            workspace.CopyFrom(Repository.PathOf("samples", "AotSample"), "AotSample");
            var output = workspace.PathOf("publish", name);
            var publish = await workspace.Cli.RunAsync(
            [
                "publish", "AotSample/AotSample.csproj", "-c", "Release", "-r", "linux-x64", "-o", output, "-nodeReuse:false",
                "-p:ToolkitFromPackages=true", .. mode,
            ]);
            return new Published(publish, output);
        }
    }

    public sealed record Published(CommandResult Publish, string Directory);
}
