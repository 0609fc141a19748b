using System.Text.RegularExpressions;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Sessions;
using Toolkit.Docker;
using Toolkit.Packaging.Tests.Infrastructure;

namespace Toolkit.Packaging.Tests.Quickstart;

/// <summary>
/// The README's run command: runs the quickstart this build produced (what `dotnet run --project samples/Quickstart`
/// runs) once, and checks each section of what it prints, and that it leaves nothing behind.
/// </summary>
public sealed class QuickstartTests(QuickstartTests.QuickstartRun quickstart) : IClassFixture<QuickstartTests.QuickstartRun>
{
    [Fact]
    public async Task It_exits_successfully_with_nothing_on_standard_error()
    {
        var run = await quickstart.Result;

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task It_prints_its_five_sections_in_order()
    {
        var run = await quickstart.Result;

        var sections = Regex.Matches(run.Output, @"^\d\. (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        Assert.Equal(
            [
                "An annotated driver interface",
                "Real drivers inside the generated decorators (resolved from DI)",
                "A validation error, caught before the call",
                "A container through the Docker driver",
                "Tracked calls (from the in-memory sink, in completion order)",
            ],
            sections);
    }

    [Fact]
    public async Task It_shows_the_generated_types_of_its_annotated_interface()
    {
        var run = await quickstart.Result;

        Assert.Contains("public partial interface ISnapshotDriver", run.Output, StringComparison.Ordinal);
        foreach (var generated in new[] { "SnapshotDriverMock", "TrackingSnapshotDriver", "ValidatingSnapshotDriver", "SnapshotDriverServiceCollectionExtensions" })
        {
            Assert.Contains("Quickstart.Snapshots." + generated, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_real_drivers_are_resolved_inside_their_validating_decorators_and_do_real_work()
    {
        var run = await quickstart.Result;

        Assert.Contains("IShellDriver    → ValidatingShellDriver", run.Output, StringComparison.Ordinal);
        Assert.Contains("IFileDriver     → ValidatingFileDriver", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"shell: uname -sr → Linux \S+ \(exit 0, pid \d+\)", run.Output);
        Assert.Contains("shell: ls no-such-file → CommandFailedException (COMMAND_FAILED): exit code 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("snapshot: 3 files, 143 bytes → docs.sha256; sha256sum --check agrees with every hash", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validation_error_names_every_failing_field_and_nothing_was_called()
    {
        var run = await quickstart.Result;

        Assert.Contains("DriverValidationException: code VALIDATION_FAILED, retryable: no, 3 failures in snapshot.TakeAsync", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"request\.Name\s+\[RegularExpression\]", run.Output);
        Assert.Matches(@"request\.Directory\s+\[Required\]", run.Output);
        Assert.Matches(@"request\.MaxFiles\s+\[Range\] The field MaxFiles must be between 1 and 1000\.", run.Output);
        Assert.Contains("The call never reached the driver", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_lists_every_tracked_call_with_a_measured_duration_and_its_outcome()
    {
        var run = await quickstart.Result;

        var rows = Regex.Matches(run.Output, @"^\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+\.\d\d (?:ms|s)|\d+ µs)\s+(ok|failed: \w+)", RegexOptions.Multiline)
            .Select(m => (Driver: m.Groups[2].Value, Operation: m.Groups[3].Value, Outcome: m.Groups[5].Value))
            .ToList();

        Assert.Contains(("shell", "RunAsync", "ok"), rows);
        Assert.Contains(("shell", "RunAsync", "failed: CommandFailedException"), rows);
        Assert.Contains(("file", "WriteTextAsync", "ok"), rows);
        Assert.Contains(("file", "HashFileAsync", "ok"), rows);
        Assert.Contains(("snapshot", "TakeAsync", "ok"), rows);
        Assert.DoesNotContain(rows, r => r.Outcome.StartsWith("failed", StringComparison.Ordinal) && r.Driver != "shell");
    }

    [Fact]
    public async Task The_docker_step_runs_a_container_and_shows_its_logs()
    {
        var run = await quickstart.Result;

        var docker = DockerSection(run.Output);

        Assert.Matches(@"ran [0-9a-f]{12} \(every capability dropped, no-new-privileges\): exit code 0; its logs:", docker);
        Assert.Matches(@"\| hello from container [0-9a-f]{12}", docker);
        Assert.Contains("| uid=0 gid=0", docker, StringComparison.Ordinal);
        Assert.Matches(@"session toolkit-quickstart-[0-9a-f]+: removed", docker);
    }

    [Fact]
    public async Task Without_an_engine_the_docker_step_says_why_in_one_line_and_the_rest_still_runs()
    {
        var run = await QuickstartRun.RunAsync(new Dictionary<string, string?> { ["DOCKER_HOST"] = "unix:///nonexistent/docker.sock" });

        var lines = DockerSection(run.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("   No Docker engine reachable", Assert.Single(lines), StringComparison.Ordinal);
        Assert.Contains("5. Tracked calls", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_removes_its_work_directory_and_everything_it_created_on_the_engine()
    {
        var run = await quickstart.Result;

        var workDirectory = Regex.Match(run.Output, @"work directory: (\S+)").Groups[1].Value;
        Assert.StartsWith(Path.GetTempPath(), workDirectory, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workDirectory));
        var session = Regex.Match(run.Output, @"session (toolkit-quickstart-[0-9a-f]+)");
        Assert.True(session.Success, "the quickstart names its Docker session");
        await using var docker = DockerDriver.Create();
        var labels = new Dictionary<string, string?> { [DockerLabels.Session] = session.Groups[1].Value };
        Assert.Empty(await docker.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = labels }));
        Assert.Empty(await docker.Images.ListAsync(new ImageListOptions { Labels = labels }));
    }

    private static string DockerSection(string output)
        => output[output.IndexOf("4. A container through the Docker driver", StringComparison.Ordinal)..output.IndexOf("5. Tracked calls", StringComparison.Ordinal)];

    /// <summary>Runs the quickstart once for the tests above.</summary>
    public sealed class QuickstartRun
    {
        public QuickstartRun() => Result = RunAsync();

        public Task<(int ExitCode, string Output, string Error)> Result { get; }

        /// <summary>Runs the built quickstart, with <paramref name="environment"/> added to its environment.</summary>
        public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? environment = null)
        {
            var result = await new DotnetCli(Path.GetTempPath(), environment).RunAsync(Repository.QuickstartAssembly);
            return (result.ExitCode, result.StandardOutput, result.StandardError);
        }
    }
}
