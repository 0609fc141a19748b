namespace Toolkit.Errors;

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
    /// <summary>The working directory given for a process does not exist or is not a directory.</summary>
    public const string WorkingDirectoryNotFound = "WORKING_DIRECTORY_NOT_FOUND";
    /// <summary>The operating system refused to start a process for a reason other than a missing executable or working directory.</summary>
    public const string CommandStartFailed = "COMMAND_START_FAILED";
    /// <summary>A path resolved outside the root the driver is confined to.</summary>
    public const string PathOutsideRoot = "PATH_OUTSIDE_ROOT";

    /// <summary>The engine refused the call because of the resource's current state (HTTP 409): a name in use, a running container, a volume in use.</summary>
    public const string ResourceConflict = "RESOURCE_CONFLICT";
    /// <summary>The image does not exist locally, or (for a pull) the registry has no such repository, tag or digest.</summary>
    public const string ImageNotFound = "IMAGE_NOT_FOUND";
    /// <summary>An image build failed; the engine reported an error in its build output.</summary>
    public const string ImageBuildFailed = "IMAGE_BUILD_FAILED";
    /// <summary>An image import failed; the engine reported an error in its progress output.</summary>
    public const string ImageImportFailed = "IMAGE_IMPORT_FAILED";
    /// <summary>Pulling an image from its registry failed for a reason other than credentials or a missing image.</summary>
    public const string ImagePullFailed = "IMAGE_PULL_FAILED";
    /// <summary>Pushing an image to its registry failed for a reason other than credentials.</summary>
    public const string ImagePushFailed = "IMAGE_PUSH_FAILED";
    /// <summary>Loading images from a <c>docker save</c> archive failed.</summary>
    public const string ImageLoadFailed = "IMAGE_LOAD_FAILED";
    /// <summary>The path does not exist inside the container.</summary>
    public const string ContainerPathNotFound = "CONTAINER_PATH_NOT_FOUND";
    /// <summary>The engine speaks an API version older than the driver supports.</summary>
    public const string EngineVersionUnsupported = "ENGINE_VERSION_UNSUPPORTED";
    /// <summary>The engine answered with an error no more specific code describes; the message carries the engine's own text.</summary>
    public const string EngineError = "ENGINE_ERROR";
    /// <summary>Some resources of a session could not be removed; the message lists them.</summary>
    public const string SessionCleanupFailed = "SESSION_CLEANUP_FAILED";

    /// <summary>The file or directory does not exist.</summary>
    public const string PathNotFound = "PATH_NOT_FOUND";
    /// <summary>A file or directory already exists where the operation needed to create one.</summary>
    public const string PathAlreadyExists = "PATH_ALREADY_EXISTS";
    /// <summary>The path is on a read-only file system (EROFS).</summary>
    public const string ReadOnlyFileSystem = "READ_ONLY_FILE_SYSTEM";
    /// <summary>The file system or the user's quota is full (ENOSPC, EDQUOT).</summary>
    public const string DiskFull = "DISK_FULL";
    /// <summary>The file is locked, executing or otherwise busy (a conflicting lock, ETXTBSY, EBUSY).</summary>
    public const string FileInUse = "FILE_IN_USE";
    /// <summary>The operating system denied access to the path (EACCES, EPERM).</summary>
    public const string PermissionDenied = "PERMISSION_DENIED";
}
