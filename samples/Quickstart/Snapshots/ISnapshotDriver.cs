using Toolkit;

namespace Quickstart.Snapshots;

/// <summary>
/// The quickstart's own driver interface. The four attributes ask the generator for <c>SnapshotDriverMock</c>,
/// <c>TrackingSnapshotDriver</c>, <c>ValidatingSnapshotDriver</c> and <c>SnapshotDriverServiceCollectionExtensions</c>.
/// </summary>
[GenerateMock]
[GenerateTracking]
[GenerateValidation]
[GenerateRegistration]
public partial interface ISnapshotDriver
{
    /// <summary>Writes a <c>sha256sum</c> manifest of every file under a directory, then has <c>sha256sum --check</c> verify it.</summary>
    /// <param name="request">What to snapshot.</param>
    /// <param name="cancellationToken">Cancels the snapshot.</param>
    /// <returns>What was recorded.</returns>
    Task<Snapshot> TakeAsync(SnapshotRequest request, CancellationToken cancellationToken = default);
}
