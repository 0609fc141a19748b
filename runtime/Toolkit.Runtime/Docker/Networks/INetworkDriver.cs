using Toolkit.Errors;

namespace Toolkit.Docker.Networks;

/// <summary>Networks on a Docker engine, and attaching containers to them. Created networks carry the driver's session labels.</summary>
[GenerateTracking(DriverName = DriverNames.Docker + ".network")]
[GenerateValidation]
[GenerateRegistration]
public partial interface INetworkDriver
{
    /// <summary>Creates a network.</summary>
    /// <param name="config">Its name, driver and labels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The network.</returns>
    /// <exception cref="DockerConflictException">A network with that name exists.</exception>
    /// <exception cref="Toolkit.Errors.NetworkCreationException">The engine refused.</exception>
    Task<NetworkInfo> CreateAsync(NetworkConfig config, CancellationToken cancellationToken = default);

    /// <summary>Reports a network, with the containers attached to it.</summary>
    /// <param name="network">The network id or name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The network.</returns>
    /// <exception cref="Toolkit.Errors.NetworkNotFoundException">No such network.</exception>
    Task<NetworkInfo> InspectAsync(string network, CancellationToken cancellationToken = default);

    /// <summary>Lists networks.</summary>
    /// <param name="options">Filters; default all networks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching networks.</returns>
    Task<IReadOnlyList<NetworkInfo>> ListAsync(NetworkListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a network.</summary>
    /// <param name="network">The network id or name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the network is removed.</returns>
    /// <exception cref="Toolkit.Errors.NetworkNotFoundException">No such network.</exception>
    /// <exception cref="DockerConflictException">Containers are still attached.</exception>
    Task RemoveAsync(string network, CancellationToken cancellationToken = default);

    /// <summary>Attaches a container to a network.</summary>
    /// <param name="network">The network id or name.</param>
    /// <param name="container">The container id or name.</param>
    /// <param name="aliases">Extra names the container is reachable by on this network.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the container is attached.</returns>
    Task ConnectAsync(string network, string container, IReadOnlyList<string>? aliases = null, CancellationToken cancellationToken = default);

    /// <summary>Detaches a container from a network.</summary>
    /// <param name="network">The network id or name.</param>
    /// <param name="container">The container id or name.</param>
    /// <param name="force">Whether to detach even if the container is not running cleanly.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the container is detached.</returns>
    Task DisconnectAsync(string network, string container, bool force = false, CancellationToken cancellationToken = default);
}
