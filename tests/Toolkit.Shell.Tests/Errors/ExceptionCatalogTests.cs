using Toolkit.Docker.Sessions;
using Toolkit.Errors;

namespace Toolkit.Shell.Tests.Errors;

/// <summary>
/// Every typed driver error, built with sample values: its code, driver, operation and retry default are
/// right, and its message names the value that failed and says what to do.
/// </summary>
public sealed class ExceptionCatalogTests
{
    public static TheoryData<string> Names => new(Catalog.Keys);

    private static readonly Dictionary<string, Case> Catalog = new()
    {
        ["ContainerCreationException"] = new(() => new ContainerCreationException("busybox:1", "no such image.", "CreateContainer"), DriverErrorCodes.ContainerCreationFailed, DriverNames.Docker, false, ["'busybox:1'", "no such image.", "Check that the image exists"]),
        ["ContainerNotFoundException"] = new(() => new ContainerNotFoundException("web-1", "StartContainer"), DriverErrorCodes.ContainerNotFound, DriverNames.Docker, false, ["'web-1'", "list containers"]),
        ["ContainerRemoveException"] = new(() => new ContainerRemoveException("web-1", "it is running", "RemoveContainer"), DriverErrorCodes.ContainerRemoveFailed, DriverNames.Docker, false, ["'web-1'", "it is running", "Stop it first"]),
        ["ContainerStartException"] = new(() => new ContainerStartException("web-1", "port is taken", "StartContainer"), DriverErrorCodes.ContainerStartFailed, DriverNames.Docker, false, ["'web-1'", "port is taken", "logs"]),
        ["ContainerStopException"] = new(() => new ContainerStopException("web-1", "engine timeout", "StopContainer"), DriverErrorCodes.ContainerStopFailed, DriverNames.Docker, true, ["'web-1'", "engine timeout", "kill the container"]),
        ["DriverAuthenticationException"] = new(() => new DriverAuthenticationException("docker", "certificate rejected", "Ping"), DriverErrorCodes.AuthenticationFailed, "docker", false, ["certificate rejected", "Check the credentials"]),
        ["DriverAuthorizationException"] = new(() => new DriverAuthorizationException("docker", "socket is root-only", "Ping"), DriverErrorCodes.AuthorizationFailed, "docker", false, ["socket is root-only", "Grant the permission"]),
        ["DriverHealthException"] = new(() => new DriverHealthException("docker", "unix:///var/run/docker.sock", "engine answered 500", "Ping"), DriverErrorCodes.DriverUnhealthy, "docker", true, ["'unix:///var/run/docker.sock'", "engine answered 500."]),
        ["DriverNetworkException"] = new(() => new DriverNetworkException("docker", "tcp://10.0.0.5:2376", "connection refused", "Ping"), DriverErrorCodes.NetworkError, "docker", true, ["'tcp://10.0.0.5:2376'", "connection refused", "reachable"]),
        ["DriverTimeoutException"] = new(() => new DriverTimeoutException("docker", TimeSpan.FromSeconds(30), "PullImage"), DriverErrorCodes.Timeout, "docker", true, ["30 s", "Increase the timeout"]),
        ["NetworkCreationException"] = new(() => new NetworkCreationException("backend", "subnet overlaps", "CreateNetwork"), DriverErrorCodes.NetworkCreationFailed, DriverNames.Docker, false, ["'backend'", "subnet overlaps", "clashes"]),
        ["NetworkNotFoundException"] = new(() => new NetworkNotFoundException("backend", "RemoveNetwork"), DriverErrorCodes.NetworkNotFound, DriverNames.Docker, false, ["'backend'", "List networks"]),
        ["NetworkRemoveException"] = new(() => new NetworkRemoveException("backend", "in use", "RemoveNetwork"), DriverErrorCodes.NetworkRemoveFailed, DriverNames.Docker, false, ["'backend'", "in use", "Disconnect"]),
        ["VolumeCreationException"] = new(() => new VolumeCreationException("data", "bad driver option", "CreateVolume"), DriverErrorCodes.VolumeCreationFailed, DriverNames.Docker, false, ["'data'", "bad driver option", "Check the name"]),
        ["VolumeNotFoundException"] = new(() => new VolumeNotFoundException("data", "RemoveVolume"), DriverErrorCodes.VolumeNotFound, DriverNames.Docker, false, ["'data'", "List volumes"]),
        ["VolumeRemoveException"] = new(() => new VolumeRemoveException("data", "in use by web-1", "RemoveVolume"), DriverErrorCodes.VolumeRemoveFailed, DriverNames.Docker, false, ["'data'", "in use by web-1", "Remove the containers"]),
        ["ResourceLimitException"] = new(() => new ResourceLimitException("docker", "memory", "512 MiB", "the container was OOM-killed", "RunContainer"), DriverErrorCodes.ResourceLimitExceeded, "docker", false, ["memory", "512 MiB", "OOM-killed", "Raise the limit"]),
        ["FileSystemException"] = new(() => new FileSystemException("/data/out.txt", "the disk is full; free space and retry", "WriteText", DriverErrorCodes.DiskFull), DriverErrorCodes.DiskFull, DriverNames.File, false, ["'/data/out.txt'", "WriteText", "free space"]),
        ["PathOutsideRootException"] = new(() => new PathOutsideRootException("../etc/passwd", "/srv/app", "ReadText"), DriverErrorCodes.PathOutsideRoot, DriverNames.File, false, ["'../etc/passwd'", "'/srv/app'", "inside the root"]),
        ["ContainerPathNotFoundException"] = new(() => new ContainerPathNotFoundException("web-1", "/etc/app.conf", "CopyFromContainer"), DriverErrorCodes.ContainerPathNotFound, DriverNames.Docker, false, ["'web-1'", "'/etc/app.conf'"]),
        ["DockerConflictException"] = new(() => new DockerConflictException(DockerResourceKind.Container, "web-1", "name already in use", "CreateContainer"), DriverErrorCodes.ResourceConflict, DriverNames.Docker, false, ["'web-1'", "name already in use"]),
        ["DockerEngineException"] = new(() => new DockerEngineException(500, "invalid mount config", "CreateContainer", isRetryable: false), DriverErrorCodes.EngineError, DriverNames.Docker, false, ["HTTP 500", "invalid mount config"]),
        ["DockerEngineVersionException"] = new(() => new DockerEngineVersionException("unix:///var/run/docker.sock", "1.40", "1.41", "Ping"), DriverErrorCodes.EngineVersionUnsupported, DriverNames.Docker, false, ["1.40", "1.41"]),
        ["ImageBuildException"] = new(() => new ImageBuildException("/src/app", "COPY failed", "Step 2/3 : COPY missing.txt .", "BuildImage"), DriverErrorCodes.ImageBuildFailed, DriverNames.Docker, false, ["'/src/app'", "COPY failed"]),
        ["ImageImportException"] = new(() => new ImageImportException("tools:1", "unexpected EOF", "ImportImage"), DriverErrorCodes.ImageImportFailed, DriverNames.Docker, false, ["'tools:1'", "unexpected EOF"]),
        ["ImageNotFoundException"] = new(() => new ImageNotFoundException("busybox:9", "CreateContainer"), DriverErrorCodes.ImageNotFound, DriverNames.Docker, false, ["'busybox:9'"]),
        ["RegistryImageNotFoundException"] = new(() => new RegistryImageNotFoundException("registry.example:5000/tools/app:9", "manifest unknown", "PullImage"), DriverErrorCodes.ImageNotFound, DriverNames.Docker, false, ["'registry.example:5000/tools/app:9'", "manifest unknown", "Check the repository name"]),
        ["RegistryAuthenticationException"] = new(() => new RegistryAuthenticationException("registry.example:5000", "registry.example:5000/tools/app:1", "unauthorized: authentication required", "the credentials given in the call", "PullImage"), DriverErrorCodes.AuthenticationFailed, DriverNames.Docker, false, ["'registry.example:5000'", "unauthorized", "the credentials given in the call", "docker login"]),
        ["ImagePullException"] = new(() => new ImagePullException("registry.example:5000/tools/app:1", "dial tcp: connection refused", "Check that the registry is reachable, and retry", "PullImage", isRetryable: true), DriverErrorCodes.ImagePullFailed, DriverNames.Docker, true, ["'registry.example:5000/tools/app:1'", "connection refused", "retry"]),
        ["ImagePushException"] = new(() => new ImagePushException("registry.example:5000/tools/app:1", "x509: certificate signed by unknown authority", "Put the registry's CA in /etc/docker/certs.d", "PushImage", isRetryable: false), DriverErrorCodes.ImagePushFailed, DriverNames.Docker, false, ["'registry.example:5000/tools/app:1'", "x509", "certs.d"]),
        ["ImageLoadException"] = new(() => new ImageLoadException("unexpected EOF", "LoadImages"), DriverErrorCodes.ImageLoadFailed, DriverNames.Docker, false, ["unexpected EOF", "docker save"]),
        ["DiskFullException"] = new(() => new DiskFullException("/data/out.bin", "WriteBytes"), DriverErrorCodes.DiskFull, DriverNames.File, false, ["'/data/out.bin'"]),
        ["FileInUseException"] = new(() => new FileInUseException("/data/app.db", "OpenWrite"), DriverErrorCodes.FileInUse, DriverNames.File, true, ["'/data/app.db'"]),
        ["PathAlreadyExistsException"] = new(() => new PathAlreadyExistsException("/data/out", "CreateDirectory"), DriverErrorCodes.PathAlreadyExists, DriverNames.File, false, ["'/data/out'"]),
        ["PathNotFoundException"] = new(() => new PathNotFoundException("/data/in.txt", "ReadText"), DriverErrorCodes.PathNotFound, DriverNames.File, false, ["'/data/in.txt'"]),
        ["PermissionDeniedException"] = new(() => new PermissionDeniedException("/root/secret", "ReadText"), DriverErrorCodes.PermissionDenied, DriverNames.File, false, ["'/root/secret'"]),
        ["ReadOnlyFileSystemException"] = new(() => new ReadOnlyFileSystemException("/mnt/ro/x", "WriteText"), DriverErrorCodes.ReadOnlyFileSystem, DriverNames.File, false, ["'/mnt/ro/x'"]),
        ["SessionCleanupException"] = new(() => new SessionCleanupException(new SessionCleanupReport("tk-1234", [], [new SessionCleanupFailure(DockerResourceKind.Container, "abc123", new ContainerRemoveException("abc123", "it is running", "RemoveContainer"))]), "RemoveSession"), DriverErrorCodes.SessionCleanupFailed, DriverNames.Docker, false, ["tk-1234"]),
        ["ExecutableNotFoundException"] = new(() => new ExecutableNotFoundException("gti", "PATH=/usr/bin:/bin", "Run"), DriverErrorCodes.ExecutableNotFound, DriverNames.Shell, false, ["'gti'", "PATH=/usr/bin:/bin", "fix PATH"]),
        ["WorkingDirectoryNotFoundException"] = new(() => new WorkingDirectoryNotFoundException("make", "build", "/src/build", "Run"), DriverErrorCodes.WorkingDirectoryNotFound, DriverNames.Shell, false, ["'make'", "'build'", "'/src/build'", "Create the directory"]),
        ["CommandStartException"] = new(() => new CommandStartException("make", "too many open files", 24, "Run", isRetryable: true), DriverErrorCodes.CommandStartFailed, DriverNames.Shell, true, ["'make'", "too many open files."]),
        ["CommandFailedException"] = new(() => new CommandFailedException("make", 2, "make: *** No rule to make target 'al'.", "Run"), DriverErrorCodes.CommandFailed, DriverNames.Shell, false, ["'make'", "code 2", "No rule to make target"]),
        ["CommandTimedOutException"] = new(() => new CommandTimedOutException("make", TimeSpan.FromMinutes(2), "Run"), DriverErrorCodes.CommandTimedOut, DriverNames.Shell, true, ["'make'", "2 min", "Increase the timeout"]),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_error_carries_its_code_driver_operation_and_retry_default(string name)
    {
        var testCase = Catalog[name];

        var error = testCase.Create();

        Assert.Equal(testCase.Code, error.Code);
        Assert.Equal(testCase.Driver, error.Driver);
        Assert.False(string.IsNullOrWhiteSpace(error.Operation));
        Assert.Equal(testCase.Retryable, error.IsRetryable);
        Assert.Equal(testCase.Retryable, DriverErrors.IsRetryable(error));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_message_names_the_failing_value_and_says_what_to_do(string name)
    {
        var testCase = Catalog[name];

        var message = testCase.Create().Message;

        foreach (var fragment in testCase.MessageFragments)
        {
            Assert.Contains(fragment, message, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"[^.]\.\.(\s|$)", message);
        Assert.EndsWith(".", message.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_driver_error_type_in_the_runtime_is_in_the_catalog()
    {
        var errorTypes = typeof(CommandFailedException).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == "Toolkit.Errors" && typeof(DriverException).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => type.Name)
            .ToHashSet();

        var missing = errorTypes.Except(Catalog.Keys).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void An_error_can_be_caught_as_a_driver_exception_and_switched_on_by_code()
    {
        static void Fail() => throw new ExecutableNotFoundException("gti", "PATH=/usr/bin", "Run");

        var caught = Assert.ThrowsAny<DriverException>(Fail);

        Assert.Equal("EXECUTABLE_NOT_FOUND", caught.Code);
    }

    public sealed record Case(Func<DriverException> Create, string Code, string Driver, bool Retryable, string[] MessageFragments);
}
