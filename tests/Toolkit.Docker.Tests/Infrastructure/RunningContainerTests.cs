using Toolkit.Docker.Containers;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Tests that work inside one long-running busybox container, created before each test and force-removed after it,
/// so a failing test never leaves a container on the engine.
/// </summary>
public abstract class RunningContainerTests(EngineFixture engine) : IAsyncLifetime
{
    /// <summary>The running container's id; empty until it was created.</summary>
    protected string Container { get; private set; } = "";

    protected EngineFixture Engine => engine;

    protected IContainerDriver Containers => engine.Driver.Containers;

    public async Task InitializeAsync()
    {
        Container = (await Containers.CreateAsync(new ContainerConfig { Image = engine.Image, Command = ["sleep", "600"], Init = true })).Id;
        await Containers.StartAsync(Container);
    }

    public async Task DisposeAsync()
    {
        if (Container.Length > 0)
        {
            await Containers.RemoveAsync(Container, ContainerRemoveOptions.ForceWithVolumes);
        }
    }
}
