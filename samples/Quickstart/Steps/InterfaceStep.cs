using Quickstart.Output;
using Quickstart.Snapshots;

namespace Quickstart.Steps;

/// <summary>Section 1: the annotated interface and the types the generator wrote for it at compile time.</summary>
internal static class InterfaceStep
{
    public static void Show(Report report)
    {
        report.Section("An annotated driver interface");
        report.Lines(
        [
            "[GenerateMock, GenerateTracking, GenerateValidation, GenerateRegistration]",
            "public partial interface ISnapshotDriver",
            "{",
            "    Task<Snapshot> TakeAsync(SnapshotRequest request, CancellationToken cancellationToken = default);",
            "}",
            "",
            "The generator wrote, at compile time:",
            $"  {typeof(SnapshotDriverMock).FullName,-62} a mock for tests",
            $"  {typeof(TrackingSnapshotDriver).FullName,-62} spans, metrics, call records",
            $"  {typeof(ValidatingSnapshotDriver).FullName,-62} DataAnnotations checks",
            $"  {typeof(SnapshotDriverServiceCollectionExtensions).FullName,-62} AddSnapshotDriver<T>()",
        ]);
    }
}
