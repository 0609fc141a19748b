namespace Toolkit.Docker.Tests;

/// <summary>
/// Tests that need no engine: the driver points at a socket that does not exist, and every call they make is rejected
/// before the driver sends anything.
/// </summary>
public abstract class OfflineDriverTests : IAsyncLifetime
{
    /// <summary>Options for a driver whose engine can never answer.</summary>
    public static DockerDriverOptions Unreachable => new() { Endpoint = DockerEndpoint.Create("unix:///nonexistent/docker.sock") };

    protected DockerDriver Docker { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Docker = DockerDriver.Create(Unreachable);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Docker.DisposeAsync().AsTask();
}
