using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Volumes;
using Toolkit.Registration;

namespace Toolkit.Docker;

/// <summary>
/// Registers the Docker driver in an <see cref="IServiceCollection"/>: one <see cref="DockerDriver"/> (one connection
/// pool, one session) and its five interfaces, each wrapped in the generated decorators.
/// </summary>
/// <remarks>
/// <para>The Docker implementations are built by <see cref="DockerDriver"/> around its connection pool and session, so
/// they are registered through the generated factory overloads (<c>AddContainerDriver(factory, …)</c> and so on):
/// <see cref="IContainerDriver"/> resolves to <c>ValidatingContainerDriver(TrackingContainerDriver(driver.Containers))</c>,
/// and likewise for <see cref="IImageDriver"/>, <see cref="IVolumeDriver"/>, <see cref="INetworkDriver"/> and
/// <see cref="IDockerSessionDriver"/>. The tracking decorators report to the container's <c>ICallSink</c>,
/// <c>ILogger&lt;T&gt;</c> and <see cref="TimeProvider"/> when those are registered.</para>
/// <para>The <see cref="DockerDriver"/> is a singleton owned by the container. It is <see cref="IAsyncDisposable"/>
/// only: dispose the provider with <c>await using</c> (or <c>DisposeAsync</c>), which removes everything the session
/// created, as disposing the driver by hand would.</para>
/// </remarks>
public static class DockerServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="DockerDriver"/> created with <paramref name="options"/> and its
    /// <see cref="IContainerDriver"/>, <see cref="IImageDriver"/>, <see cref="IVolumeDriver"/>,
    /// <see cref="INetworkDriver"/> and <see cref="IDockerSessionDriver"/> as singletons, wrapped in
    /// <paramref name="decorators"/> (validation outermost, then tracking).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Endpoint, timeouts and session settings; <see langword="null"/> for the defaults.</param>
    /// <param name="decorators">The generated decorators to put around each driver; all of them by default.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Calling it twice keeps the first <see cref="DockerDriver"/> and registers the interfaces again (the last registration wins).</remarks>
    public static IServiceCollection AddDockerDriver(this IServiceCollection services, DockerDriverOptions? options = null, DriverDecorators decorators = DriverDecorators.All)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => DockerDriver.Create(options));
        services.AddContainerDriver(static provider => provider.GetRequiredService<DockerDriver>().Containers, ServiceLifetime.Singleton, decorators);
        services.AddImageDriver(static provider => provider.GetRequiredService<DockerDriver>().Images, ServiceLifetime.Singleton, decorators);
        services.AddVolumeDriver(static provider => provider.GetRequiredService<DockerDriver>().Volumes, ServiceLifetime.Singleton, decorators);
        services.AddNetworkDriver(static provider => provider.GetRequiredService<DockerDriver>().Networks, ServiceLifetime.Singleton, decorators);
        services.AddDockerSessionDriver(static provider => provider.GetRequiredService<DockerDriver>().Sessions, ServiceLifetime.Singleton, decorators);
        return services;
    }
}
