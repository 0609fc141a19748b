using Toolkit.Errors;

namespace Toolkit.Docker.Volumes;

/// <summary>Volumes on a Docker engine. Created volumes carry the driver's session labels.</summary>
[GenerateTracking(DriverName = DriverNames.Docker + ".volume")]
[GenerateValidation]
[GenerateRegistration]
public partial interface IVolumeDriver
{
    /// <summary>Creates a volume. Creating one that exists with the same driver returns it unchanged.</summary>
    /// <param name="config">Its name, driver and labels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="Toolkit.Errors.VolumeCreationException">The engine refused.</exception>
    Task<VolumeInfo> CreateAsync(VolumeConfig config, CancellationToken cancellationToken = default);

    /// <summary>Reports a volume.</summary>
    /// <param name="name">The volume name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="Toolkit.Errors.VolumeNotFoundException">No such volume.</exception>
    Task<VolumeInfo> InspectAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Lists volumes.</summary>
    /// <param name="options">Filters; default all volumes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching volumes.</returns>
    Task<IReadOnlyList<VolumeInfo>> ListAsync(VolumeListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a volume.</summary>
    /// <param name="name">The volume name.</param>
    /// <param name="force">Whether to remove it even if the volume driver reports an error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the volume is removed.</returns>
    /// <exception cref="Toolkit.Errors.VolumeNotFoundException">No such volume.</exception>
    /// <exception cref="DockerConflictException">A container uses it.</exception>
    Task RemoveAsync(string name, bool force = false, CancellationToken cancellationToken = default);
}
