// Native AOT sample: everything Toolkit generates, and the shell, file and Docker drivers, in one trimmed or native binary.
using AotSample.Containers;
using AotSample.Reports;
using Microsoft.Extensions.DependencyInjection;
using Toolkit.Errors;
using Toolkit.Files;
using Toolkit.Mocking;
using Toolkit.Shell;
using Toolkit.Tracking;
using Toolkit;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

var workspace = Directory.CreateTempSubdirectory("toolkit-aot-sample-").FullName;
try
{
    var sink = new InMemoryCallSink();
    await using (var services = new ServiceCollection()
        .AddSingleton<ICallSink>(sink)
        .AddShellDriver<ShellDriver>()
        .AddFileDriver(_ => new FileDriver(new FileDriverOptions { Root = workspace }))
        .AddReportDriver<ReportDriver>()
        .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }))
    {
        var reports = services.GetRequiredService<IReportDriver>();
        Console.WriteLine($"chain: {reports.GetType().Name}");

        var report = await reports.WriteAsync(new ReportRequest { Name = "inventory", Lines = ["alpha", "beta", "gamma"] });
        Console.WriteLine($"report: {report.Path}, {report.Bytes} bytes, {report.LineCount} lines, sha256 {report.Sha256}");

        try
        {
            await reports.WriteAsync(new ReportRequest { Name = "../escape", Lines = ["x"], MaxLines = 0 });
        }
        catch (DriverValidationException error)
        {
            foreach (var failure in error.Failures)
            {
                Console.WriteLine($"rejected: {failure.Path} [{failure.Rule}]");
            }
        }

        foreach (var call in sink.Calls)
        {
            Console.WriteLine($"tracked: {call.Driver}.{call.Operation} {call.Outcome}");
        }
    }

    // The generated mock, registered inside the same generated decorators a test would exercise.
    var mock = new ReportDriverMock();
    mock.Setup.WriteAsync().ReturnsAsync(new Report("mocked.txt", 0, 0, ""));
    await using (var services = new ServiceCollection().AddReportDriverMock(mock).BuildServiceProvider())
    {
        var fromMock = await services.GetRequiredService<IReportDriver>().WriteAsync(new ReportRequest { Name = "anything", Lines = [] });
        Console.WriteLine($"mock: {fromMock.Path}");
    }

    mock.Verify.WriteAsync().Once();
    Console.WriteLine("mock: verified one call");
    Console.WriteLine($"telemetry: {TrackingReportDriver.TelemetryName}");
}
finally
{
    Directory.Delete(workspace, recursive: true);
}

// Last, because it depends on the machine: a container when a Docker engine answers, one line saying why not otherwise.
await DockerStep.RunAsync(stop.Token);
