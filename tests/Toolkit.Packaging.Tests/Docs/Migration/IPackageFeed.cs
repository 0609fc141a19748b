// docs/migration.md: the interface every example mocks three ways.
using Toolkit;

namespace MyApp.Feeds;

[GenerateMock]
public partial interface IPackageFeed
{
    string Name { get; set; }

    string? GetLatestVersion(string packageId);

    Task<bool> PublishAsync(string packageId, string version, CancellationToken cancellationToken = default);

    bool TryGetOwner(string packageId, out string owner);

    void Delete(string packageId);

    event EventHandler<string>? Published;
}
