// The Toolkit quickstart: `dotnet run --project samples/Quickstart`.
// Every figure it prints comes from calls it really makes; everything it creates is removed before it exits.
using Microsoft.Extensions.DependencyInjection;
using Quickstart.Output;
using Quickstart.Snapshots;
using Quickstart.Steps;
using Toolkit.Docker;
using Toolkit.Files;
using Toolkit.Shell;
using Toolkit.Tracking;

var report = new Report(Console.Out);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

var workspace = Directory.CreateTempSubdirectory("toolkit-quickstart-").FullName;
var sink = new InMemoryCallSink();

// One line per driver: the generated registrations wrap each implementation in validation, then tracking.
// The tracking decorators report to the ICallSink, ILogger and TimeProvider found in the container.
await using var services = new ServiceCollection()
    .AddSingleton<ICallSink>(sink)
    .AddShellDriver<ShellDriver>()
    .AddFileDriver(_ => new FileDriver())
    .AddSnapshotDriver<SnapshotDriver>()
    .AddDockerDriver(new DockerDriverOptions { SessionName = "toolkit-quickstart" })
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

try
{
    report.Title("Toolkit quickstart");
    report.Line($"work directory: {workspace} (removed at the end)");
    InterfaceStep.Show(report);
    await DriversStep.RunAsync(services, workspace, report, stop.Token);
    await ValidationStep.RunAsync(services, sink, report, stop.Token);
    await DockerStep.RunAsync(services, report, stop.Token);

    report.Section("Tracked calls (from the in-memory sink, in completion order)");
    report.Lines(CallTable.Render(sink.Calls));
    report.Line();
    report.Line($"The same calls went to the ActivitySource and Meter named after each interface (e.g. {TrackingShellDriver.TelemetryName}),");
    report.Line("with the histogram toolkit.driver.operation.duration; add them to OpenTelemetry to export them.");
}
finally
{
    Directory.Delete(workspace, recursive: true);
}

report.Line();
report.Line("Done. Next: README.md (install, examples) and docs/ (mocking, tracking, validation, drivers).");
