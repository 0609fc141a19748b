namespace Toolkit.Docker.Transport;

/// <summary>Which typed exception an engine error (400, 5xx) becomes for a call; 404 and 409 are mapped by resource kind.</summary>
internal enum DockerFailure
{
    Generic,
    ContainerCreate,
    ContainerStart,
    ContainerStop,
    ContainerRemove,
    VolumeCreate,
    VolumeRemove,
    NetworkCreate,
    NetworkRemove,

    /// <summary>A copy in or out of a container: a 404 may mean the path (<see cref="DockerCall.Detail"/>) is missing.</summary>
    Archive,

    /// <summary>A pull: <see cref="DockerCall.Subject"/> is the image reference, <see cref="DockerCall.Detail"/> where its credentials came from.</summary>
    RegistryPull,

    /// <summary>A push: <see cref="DockerCall.Subject"/> is the image reference, <see cref="DockerCall.Detail"/> where its credentials came from.</summary>
    RegistryPush,

    /// <summary>Loading a <c>docker save</c> archive.</summary>
    ImageLoad,
}
