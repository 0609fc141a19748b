using Microsoft.Extensions.DependencyInjection;
using Quickstart.Output;
using Quickstart.Snapshots;
using Toolkit.Errors;
using Toolkit.Tracking;
using Toolkit;

namespace Quickstart.Steps;

/// <summary>Section 3: a call with bad arguments, rejected by the generated validating decorator before anything runs.</summary>
internal static class ValidationStep
{
    public static async Task RunAsync(IServiceProvider services, InMemoryCallSink sink, Report report, CancellationToken cancellationToken)
    {
        report.Section("A validation error, caught before the call");
        var snapshots = services.GetRequiredService<ISnapshotDriver>();
        var request = new SnapshotRequest { Name = "Nightly Backup", Directory = "", MaxFiles = 0 };
        report.Line("snapshots.TakeAsync(new SnapshotRequest { Name = \"Nightly Backup\", Directory = \"\", MaxFiles = 0 })");
        var recordedBefore = sink.Count;
        try
        {
            await snapshots.TakeAsync(request, cancellationToken);
            report.Line("accepted (unexpected: the validating decorator should have rejected it)");
        }
        catch (DriverValidationException error)
        {
            report.Line($"{error.GetType().Name}: code {error.Code}, retryable: {(error.IsRetryable ? "yes" : "no")}, {error.Failures.Count} failures in {error.Driver}.{error.Operation}");
            var width = error.Failures.Max(f => f.Path.Length);
            foreach (var failure in error.Failures)
            {
                report.Line($"  {failure.Path.PadRight(width)}  [{failure.Rule}] {failure.Message}");
            }

            report.Line(sink.Count == recordedBefore
                ? "The call never reached the driver: validation runs outermost, so nothing was tracked or executed."
                : "The call was tracked (unexpected: validation should run outermost).");
        }
    }
}
