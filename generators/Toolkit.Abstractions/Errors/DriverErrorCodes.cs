namespace Toolkit;

/// <summary>
/// The stable values of <see cref="DriverException.Code"/>. Codes are part of the public contract:
/// they are never renamed or reused, so callers may switch on them and log them.
/// </summary>
public static class DriverErrorCodes
{
    /// <summary>Arguments failed validation before the driver was called.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>The container does not exist.</summary>
    public const string ContainerNotFound = "CONTAINER_NOT_FOUND";
    /// <summary>The engine refused to create the container.</summary>
    public const string ContainerCreationFailed = "CONTAINER_CREATION_FAILED";
    /// <summary>The container exists but could not be started.</summary>
    public const string ContainerStartFailed = "CONTAINER_START_FAILED";
    /// <summary>The container could not be stopped.</summary>
    public const string ContainerStopFailed = "CONTAINER_STOP_FAILED";
    /// <summary>The container could not be removed.</summary>
    public const string ContainerRemoveFailed = "CONTAINER_REMOVE_FAILED";
    /// <summary>A resource limit (memory, CPU, PIDs, output size) was exceeded or is invalid.</summary>
    public const string ResourceLimitExceeded = "RESOURCE_LIMIT_EXCEEDED";

    /// <summary>The volume could not be created.</summary>
    public const string VolumeCreationFailed = "VOLUME_CREATION_FAILED";
    /// <summary>The volume does not exist.</summary>
    public const string VolumeNotFound = "VOLUME_NOT_FOUND";
    /// <summary>The volume could not be removed.</summary>
    public const string VolumeRemoveFailed = "VOLUME_REMOVE_FAILED";

    /// <summary>The network could not be created.</summary>
    public const string NetworkCreationFailed = "NETWORK_CREATION_FAILED";
    /// <summary>The network does not exist.</summary>
    public const string NetworkNotFound = "NETWORK_NOT_FOUND";
    /// <summary>The network could not be removed.</summary>
    public const string NetworkRemoveFailed = "NETWORK_REMOVE_FAILED";

    /// <summary>The driver's backend (an engine, a daemon) is not healthy or cannot be reached.</summary>
    public const string DriverUnhealthy = "DRIVER_UNHEALTHY";
    /// <summary>An operation did not finish within its timeout.</summary>
    public const string Timeout = "TIMEOUT";
    /// <summary>A transport failure: a refused connection, a reset socket, an unreachable endpoint.</summary>
    public const string NetworkError = "NETWORK_ERROR";
    /// <summary>A file system operation failed.</summary>
    public const string FileSystemError = "FILE_SYSTEM_ERROR";
    /// <summary>The caller's credentials were missing or rejected.</summary>
    public const string AuthenticationFailed = "AUTHENTICATION_FAILED";
    /// <summary>The caller is known but not allowed to do this.</summary>
    public const string AuthorizationFailed = "AUTHORIZATION_FAILED";

    /// <summary>A process exited with a non-zero exit code.</summary>
    public const string CommandFailed = "COMMAND_FAILED";
    /// <summary>A process did not finish within its timeout and was stopped.</summary>
    public const string CommandTimedOut = "COMMAND_TIMED_OUT";
    /// <summary>The program to run was not found or is not executable.</summary>
    public const string ExecutableNotFound = "EXECUTABLE_NOT_FOUND";
    /// <summary>A path resolved outside the root the driver is confined to.</summary>
    public const string PathOutsideRoot = "PATH_OUTSIDE_ROOT";
}
