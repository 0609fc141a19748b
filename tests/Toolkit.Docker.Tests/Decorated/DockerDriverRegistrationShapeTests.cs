using Microsoft.Extensions.DependencyInjection;
using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Volumes;
using Toolkit.Registration;

namespace Toolkit.Docker.Tests;

/// <summary>
/// <c>AddDockerDriver</c> registers the driver's interfaces through the generated registrations: each resolves to its
/// generated validating and tracking decorators around one shared driver. Resolving needs no engine.
/// </summary>
public sealed class DockerDriverRegistrationShapeTests
{
    [Fact]
    public async Task Every_interface_resolves_to_its_validating_decorator_and_shares_one_driver()
    {
        await using var provider = new ServiceCollection()
            .AddDockerDriver(OfflineDriverTests.Unreachable)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<ValidatingContainerDriver>(provider.GetRequiredService<IContainerDriver>());
        Assert.IsType<ValidatingImageDriver>(provider.GetRequiredService<IImageDriver>());
        Assert.IsType<ValidatingVolumeDriver>(provider.GetRequiredService<IVolumeDriver>());
        Assert.IsType<ValidatingNetworkDriver>(provider.GetRequiredService<INetworkDriver>());
        Assert.IsType<ValidatingDockerSessionDriver>(provider.GetRequiredService<IDockerSessionDriver>());
        Assert.Same(provider.GetRequiredService<DockerDriver>(), provider.GetRequiredService<DockerDriver>());
    }

    [Fact]
    public async Task Decorators_can_be_switched_off()
    {
        await using var provider = new ServiceCollection()
            .AddDockerDriver(OfflineDriverTests.Unreachable, DriverDecorators.Tracking)
            .BuildServiceProvider();

        Assert.IsType<TrackingContainerDriver>(provider.GetRequiredService<IContainerDriver>());
    }
}
