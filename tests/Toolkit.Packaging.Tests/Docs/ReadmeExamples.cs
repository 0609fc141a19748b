using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MyApp.Backups;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OpenTelemetry;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Sessions;
using Toolkit.Docker;
using Toolkit.Errors;
using Toolkit.Files;
using Toolkit.Mocking;
using Toolkit.Packaging.Tests.Infrastructure;
using Toolkit.Registration;
using Toolkit.Shell;
using Toolkit.Tracking;

namespace Toolkit.Packaging.Tests.Docs;

/// <summary>
/// Every code example in README.md, run for real. The code between the <c>README</c> markers is what the README shows
/// (DocumentationSnippetTests checks that each README block appears here verbatim); the assertions around it check that
/// what the README claims (results, printed lines) is what happens. One class: the examples that print redirect the
/// console, so they must not run in parallel with each other.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReadmeExamples : IDisposable
{
    private const string Passphrase = "correct horse battery";

    private readonly TemporaryDirectory _temp = new("readme");
    private readonly StringWriter _console = new();
    private readonly TextWriter _originalConsole = Console.Out;

    public ReadmeExamples() => Console.SetOut(_console);

    public void Dispose()
    {
        Console.SetOut(_originalConsole);
        _temp.Dispose();
        foreach (var archive in Directory.EnumerateFiles(Path.GetTempPath(), "docs-*.tar.enc"))
        {
            File.Delete(archive);
        }
    }

    private string[] Printed => _console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task The_mock_example_sets_up_calls_and_verifies_them()
    {
        // README: mock
        var backups = new BackupDriverMock();
        backups.Setup.BackupAsync(Arg.Is<BackupRequest>(r => r.Name == "nightly")).ReturnsAsync(new BackupResult("/backups/nightly.tar.enc", 4096));

        var summary = await new BackupScheduler(backups).RunNightlyAsync("/srv/data", "correct horse battery");

        Assert.Equal("/backups/nightly.tar.enc (4096 bytes)", summary);
        backups.Verify.BackupAsync(Arg.Is<BackupRequest>(r => r.RetentionDays == 7)).Once();
        backups.Verify.RestoreAsync().Never();
        // README end
    }

    [Fact]
    public async Task The_tracking_example_records_the_call_and_redacts_the_passphrase()
    {
        var docs = SourceDirectory();

        // README: tracking
        var sink = new InMemoryCallSink();
        IBackupDriver backups = new TrackingBackupDriver(new TarBackupDriver(new ShellDriver(), new FileDriver()), sink);

        await backups.BackupAsync(new BackupRequest { Name = "docs", SourceDirectory = docs, Passphrase = "correct horse battery" });

        CallRecord call = sink.Calls.Single();
        Console.WriteLine($"{call.Driver}.{call.Operation}: {call.Outcome} in {call.Duration.TotalMilliseconds:0.0} ms");  // backup.BackupAsync: Succeeded in 41.7 ms
        Console.WriteLine(call.Arguments["request"]);  // BackupRequest { Name = "docs", SourceDirectory = "/tmp/…", Passphrase = ***, RetentionDays = 30 }
        // README end

        Assert.Matches(@"^backup\.BackupAsync: Succeeded in \d+\.\d ms$", Printed[0]);
        Assert.Equal($"BackupRequest {{ Name = \"docs\", SourceDirectory = \"{docs}\", Passphrase = ***, RetentionDays = 30 }}", Printed[1]);
        Assert.DoesNotContain(Passphrase, _console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenTelemetry_example_exports_a_span_per_call()
    {
        var spans = new List<Activity>();

        // README: opentelemetry
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(TrackingBackupDriver.TelemetryName)  // "MyApp.Backups.IBackupDriver"
            .AddProcessor(new SimpleActivityExportProcessor(new SpanCollector(spans)))  // or your exporter: OTLP, console…
            .Build();
        using var metrics = Sdk.CreateMeterProviderBuilder()
            .AddMeter(TrackingBackupDriver.TelemetryName)  // histogram "toolkit.driver.operation.duration", in seconds
            .Build();
        // README end

        var mock = new BackupDriverMock();
        await new TrackingBackupDriver(mock).RestoreAsync("/backups/a.tar.enc", "/srv/restore", Passphrase);

        var span = Assert.Single(spans);
        Assert.Equal("MyApp.Backups.IBackupDriver", TrackingBackupDriver.TelemetryName);
        Assert.Equal("backup.RestoreAsync", span.DisplayName);
        Assert.Equal("backup", span.GetTagItem("toolkit.driver.name"));
        Assert.Equal("RestoreAsync", span.GetTagItem("toolkit.driver.operation"));
        Assert.Equal("***", span.GetTagItem("toolkit.driver.argument.passphrase"));
    }

    [Fact]
    public async Task The_validation_example_lists_every_failure()
    {
        // README: validation
        IBackupDriver backups = new ValidatingBackupDriver(new TarBackupDriver(new ShellDriver(), new FileDriver()));
        try
        {
            await backups.BackupAsync(new BackupRequest { Name = "Nightly!", SourceDirectory = "/srv/data", Passphrase = "hunter2", RetentionDays = 0 });
        }
        catch (DriverValidationException error)  // Code "VALIDATION_FAILED", IsRetryable false; nothing was called
        {
            foreach (var failure in error.Failures)
            {
                Console.WriteLine(failure);
            }
            // request.Name: The field Name must match the regular expression '[a-z][a-z0-9-]*'. [RegularExpression]
            // request.Passphrase: The field Passphrase must be a string with a minimum length of 12 and a maximum length of 128. [StringLength]
            // request.RetentionDays: The field RetentionDays must be between 1 and 365. [Range]
        }
        // README end

        Assert.Equal(
            [
                "request.Name: The field Name must match the regular expression '[a-z][a-z0-9-]*'. [RegularExpression]",
                "request.Passphrase: The field Passphrase must be a string with a minimum length of 12 and a maximum length of 128. [StringLength]",
                "request.RetentionDays: The field RetentionDays must be between 1 and 365. [Range]",
            ],
            Printed);
    }

    [Fact]
    public async Task The_DI_example_resolves_the_decorated_chain_and_it_really_backs_up_and_restores()
    {
        var docs = SourceDirectory();
        var restored = _temp.PathOf("restored");

        // README: di
        await using var provider = new ServiceCollection()
            .AddSingleton<ICallSink, InMemoryCallSink>()  // optional: keep every tracked call in memory
            .AddShellDriver<ShellDriver>()  // Toolkit.Runtime's own drivers register the same way
            .AddFileDriver(_ => new FileDriver())
            .AddBackupDriver<TarBackupDriver>()  // Validating(Tracking(TarBackupDriver)); its constructor call is generated
            .BuildServiceProvider();

        var backups = provider.GetRequiredService<IBackupDriver>();  // ValidatingBackupDriver
        var backup = await backups.BackupAsync(new BackupRequest { Name = "docs", SourceDirectory = docs, Passphrase = "correct horse battery" });
        await backups.RestoreAsync(backup.Archive, restored, "correct horse battery");
        // README end

        Assert.IsType<ValidatingBackupDriver>(backups);
        Assert.Equal(File.ReadAllText(Path.Combine(docs, "notes.txt")), File.ReadAllText(Path.Combine(restored, "notes.txt")));
        var calls = ((InMemoryCallSink)provider.GetRequiredService<ICallSink>()).Calls.Select(c => $"{c.Driver}.{c.Operation}").ToList();
        Assert.Equal(["shell.RunAsync", "file.GetMetadataAsync", "backup.BackupAsync", "file.CreateDirectoryAsync", "shell.RunAsync", "backup.RestoreAsync"], calls);
        File.Delete(backup.Archive);
    }

    [Fact]
    public async Task The_DI_mock_example_puts_the_real_decorators_around_the_mock()
    {
        // README: di-mock
        var mock = new BackupDriverMock();
        await using var provider = new ServiceCollection()
            .AddBackupDriverMock(mock, DriverDecorators.Validation)  // tests: the real validation in front of the mock
            .BuildServiceProvider();
        // README end

        var backups = provider.GetRequiredService<IBackupDriver>();
        await Assert.ThrowsAsync<DriverValidationException>(() => backups.RestoreAsync("", "/srv", Passphrase));
        mock.Verify.RestoreAsync().Never();
    }

    [Fact]
    public async Task The_shell_example_runs_git_and_streams_its_output()
    {
        var repo = await GitRepositoryAsync();

        // README: shell
        IShellDriver shell = new ShellDriver();
        var head = await shell.RunAsync(new ShellCommand("git", "rev-parse", "HEAD") { WorkingDirectory = repo, Timeout = TimeSpan.FromSeconds(30) });
        Console.WriteLine(head.StandardOutput.Trim());  // a non-zero exit throws CommandFailedException, with the exit code and stderr's tail
        await foreach (var e in shell.StreamLinesAsync(new ShellCommand("git", "log", "--format=%h %s", "-3") { WorkingDirectory = repo }))
            if (e is OutputLine line) Console.WriteLine($"{line.Source}: {line.Text}");  // leaving the loop early stops the process
        // README end

        Assert.Matches("^[0-9a-f]{40}$", Printed[0]);
        Assert.Equal(4, Printed.Length);
        Assert.All(Printed[1..], l => Assert.Matches("^StandardOutput: [0-9a-f]{7,} commit [432]$", l));
    }

    [Fact]
    public async Task The_files_example_writes_globs_and_hashes_inside_its_root()
    {
        var dataRoot = _temp.PathOf("data");
        Directory.CreateDirectory(dataRoot);
        var json = "{ \"retentionDays\": 30 }\n";

        // README: files
        IFileDriver files = new FileDriver(new FileDriverOptions { Root = dataRoot });  // no path can leave dataRoot: PathOutsideRootException
        await files.WriteTextAsync("config/app.json", json, new WriteOptions { CreateDirectories = true });  // atomic and fsynced: old or new content, never torn
        IReadOnlyList<string> configs = await files.GlobAsync("**/*.{json,yaml}");  // bash globstar semantics, sorted
        FileHash digest = await files.HashFileAsync("config/app.json");  // SHA-256: the same hex as sha256sum
        // README end

        Assert.Equal(["config/app.json"], configs);
        Assert.Equal(json, File.ReadAllText(Path.Combine(dataRoot, "config", "app.json")));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))), digest.Hex);
        await Assert.ThrowsAsync<Toolkit.Errors.PathOutsideRootException>(() => files.ReadTextAsync("../outside.txt"));
    }

    [Fact]
    public async Task The_docker_example_runs_a_container_and_cleans_up()
    {
        await using var image = await BusyboxImage.EnsureAsync();

        // README: docker
        await using var docker = DockerDriver.Create();  // DOCKER_HOST, the current docker context, or /var/run/docker.sock
        var run = await docker.Containers.RunAsync(new ContainerConfig
        {
            Image = "busybox",
            Command = ["echo", "hello"],  // an argument list, never a shell string
        });
        Console.WriteLine($"{run.ExitCode}: {run.StandardOutput}");  // 0: hello
        // Disposing the driver removes every container, image, volume and network its session created.
        // README end

        Assert.Equal("0: hello", Printed.Single());
        Assert.Empty(await docker.Containers.ListAsync(new ContainerListOptions { IncludeStopped = true, Labels = new Dictionary<string, string?> { [DockerLabels.Session] = docker.SessionId } }));
    }

    /// <summary>A fresh repository with four commits, so the example does not depend on how this one was checked out.</summary>
    private async Task<string> GitRepositoryAsync()
    {
        var repo = _temp.PathOf("repo");
        Directory.CreateDirectory(repo);
        var git = new ShellCommand("git") { WorkingDirectory = repo };
        var shell = new ShellDriver();
        await shell.RunAsync(git with { Arguments = ["init", "--quiet"] });
        for (int i = 1; i <= 4; i++)
        {
            await shell.RunAsync(git with { Arguments = ["-c", "user.name=Toolkit", "-c", "user.email=toolkit@example.invalid", "commit", "--quiet", "--allow-empty", "-m", $"commit {i}"] });
        }

        return repo;
    }

    private string SourceDirectory()
    {
        var docs = _temp.PathOf("docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "notes.txt"), "Back me up.\n");
        return docs;
    }

    private sealed class SpanCollector(List<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var activity in batch)
            {
                spans.Add(activity);
            }

            return ExportResult.Success;
        }
    }
}
