using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>
/// Containers on a Docker engine: the whole lifecycle, output, exec, health and file copies. Every call
/// is one or a few Engine API requests on pooled connections; every failure is a typed
/// <see cref="DriverException"/> (not found, conflict, timeout, unreachable engine…).
/// </summary>
/// <remarks>
/// <para>Containers are named by id or name in every call. Everything created carries the driver's
/// session labels, so it is removed with the session (see <see cref="DockerDriver"/>).</para>
/// <para>Obtain the real implementation from <see cref="DockerDriver.Containers"/>; mock this interface in tests.</para>
/// </remarks>
[GenerateTracking(DriverName = DriverNames.Docker + ".container")]
[GenerateValidation]
[GenerateRegistration]
public partial interface IContainerDriver
{
    /// <summary>Creates a container (it is not started). The driver adds its session labels.</summary>
    /// <param name="config">What to run and how.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new container's id and the engine's warnings.</returns>
    /// <exception cref="ImageNotFoundException">The image is not on the engine (the driver never pulls).</exception>
    /// <exception cref="DockerConflictException">The name is already in use.</exception>
    /// <exception cref="Toolkit.Errors.ContainerCreationException">The engine rejected the configuration.</exception>
    Task<CreatedContainer> CreateAsync(ContainerConfig config, CancellationToken cancellationToken = default);

    /// <summary>Starts a created or stopped container.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it was started; <see langword="false"/> when it was already running (nothing done).</returns>
    /// <exception cref="Toolkit.Errors.ContainerNotFoundException">No such container.</exception>
    /// <exception cref="Toolkit.Errors.ContainerStartException">The engine could not start it (for example, the command does not exist).</exception>
    Task<bool> StartAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>Stops a container: SIGTERM (or its stop signal), then SIGKILL after <paramref name="timeout"/>.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="timeout">The grace period before SIGKILL; <see langword="null"/> for the container's (10 s by default).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it was stopped; <see langword="false"/> when it was not running (nothing done).</returns>
    Task<bool> StopAsync(string container, TimeSpan? timeout = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a signal to the container's main process.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="signal">The signal, such as <c>SIGKILL</c>, <c>SIGTERM</c>, <c>SIGHUP</c> or a number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the signal was sent.</returns>
    /// <exception cref="DockerConflictException">The container is not running.</exception>
    Task KillAsync(string container, string signal = "SIGKILL", CancellationToken cancellationToken = default);

    /// <summary>Removes a container.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="options">Force (kill first) and anonymous volume removal; default neither.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the container is gone.</returns>
    /// <exception cref="DockerConflictException">The container is running and <see cref="ContainerRemoveOptions.Force"/> was not set.</exception>
    Task RemoveAsync(string container, ContainerRemoveOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reports a container's configuration and state.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The container's details.</returns>
    Task<ContainerDetails> InspectAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>Lists containers, filtered by labels, name and state.</summary>
    /// <param name="options">The filters; default: running containers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching containers.</returns>
    Task<IReadOnlyList<ContainerSummary>> ListAsync(ContainerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers a wait with the engine and returns once the engine has accepted it. Register
    /// <see cref="ContainerWaitCondition.NextExit"/> before <see cref="StartAsync"/> so a container that exits
    /// at once is never missed.
    /// </summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="condition">What to wait for.</param>
    /// <param name="cancellationToken">Cancels the registration.</param>
    /// <returns>The registered wait; await <see cref="IContainerExitWait.WaitAsync"/> for the exit and dispose it afterwards.</returns>
    Task<IContainerExitWait> BeginWaitAsync(string container, ContainerWaitCondition condition = ContainerWaitCondition.NextExit, CancellationToken cancellationToken = default);

    /// <summary>Waits until the container is not running (returns at once if it already stopped).</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="timeout">How long to wait; <see langword="null"/> waits until cancelled.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The exit code.</returns>
    Task<ContainerExit> WaitAsync(string container, TimeSpan? timeout = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams a container's output as it was written, standard output and standard error told apart
    /// (TTY containers: one raw <see cref="DockerStreamKind.Console"/> stream).
    /// </summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="options">Which output, and whether to follow; default all output so far.</param>
    /// <param name="cancellationToken">Stops the stream; a followed stream runs until the container stops or this is cancelled.</param>
    /// <returns>
    /// The entries, each stream in the order it was written. The engine copies standard output and standard
    /// error independently, so how lines of the two interleave is not defined.
    /// </returns>
    IAsyncEnumerable<ContainerLogEntry> GetLogsAsync(string container, ContainerLogOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a command in a running container and returns its output and exit code once it ends.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="request">The command and how to run it.</param>
    /// <param name="cancellationToken">Stops waiting for it.</param>
    /// <returns>Standard output, standard error and the exit code.</returns>
    /// <exception cref="DockerConflictException">The container is not running.</exception>
    Task<ExecResult> ExecAsync(string container, ExecRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reports the container's health as the engine judges it.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The health; <see cref="ContainerHealthStatus.None"/> when it has no health check.</returns>
    Task<ContainerHealth> GetHealthAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>Whether the engine judges the container healthy right now.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> only for <see cref="ContainerHealthStatus.Healthy"/>.</returns>
    Task<bool> IsHealthyAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until the container is healthy. Fails fast, with the exit code and the last output, when the
    /// container stops instead.
    /// </summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The health once it is healthy.</returns>
    /// <exception cref="Toolkit.Errors.ContainerStartException">The container stopped, or has no health check.</exception>
    /// <exception cref="Toolkit.Errors.DriverTimeoutException">It was not healthy within <paramref name="timeout"/>.</exception>
    Task<ContainerHealth> WaitUntilHealthyAsync(string container, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies a host file or directory into a directory of the container (<c>docker cp host ctr:dir</c>):
    /// <c>/host/a</c> becomes <c>dir/a</c>. It is streamed as a tar archive, never buffered whole.
    /// </summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="hostPath">The file or directory to copy.</param>
    /// <param name="containerDirectory">An existing directory in the container.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the copy is done.</returns>
    /// <exception cref="ContainerPathNotFoundException">The directory does not exist in the container.</exception>
    Task CopyToContainerAsync(string container, string hostPath, string containerDirectory, CancellationToken cancellationToken = default);

    /// <summary>Extracts a tar archive into a directory of the container, streaming it.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="tarArchive">The archive (plain, or gzip-, bzip2- or xz-compressed); read to its end, not disposed.</param>
    /// <param name="containerDirectory">An existing directory in the container.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the archive is extracted.</returns>
    Task CopyArchiveToContainerAsync(string container, Stream tarArchive, string containerDirectory, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies a file or directory out of the container into a host directory (<c>docker cp ctr:/a dir</c>):
    /// <c>/a</c> becomes <c>dir/a</c>. Streamed; entries that would land outside the directory are rejected.
    /// </summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="containerPath">The file or directory in the container.</param>
    /// <param name="hostDirectory">The host directory to extract into; created if missing.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the copy is done.</returns>
    /// <exception cref="ContainerPathNotFoundException">The path does not exist in the container.</exception>
    Task CopyFromContainerAsync(string container, string containerPath, string hostDirectory, CancellationToken cancellationToken = default);

    /// <summary>Opens a file or directory of the container as a streamed tar archive.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="containerPath">The file or directory in the container.</param>
    /// <param name="cancellationToken">Cancels opening; reads take their own token.</param>
    /// <returns>The archive; dispose it to close the connection.</returns>
    Task<Stream> OpenArchiveFromContainerAsync(string container, string containerPath, CancellationToken cancellationToken = default);

    /// <summary>Reports what a path inside the container is, without copying it.</summary>
    /// <param name="container">The container id or name.</param>
    /// <param name="containerPath">The path in the container.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Its name, size, mode and link target.</returns>
    Task<ContainerPathStat> StatPathAsync(string container, string containerPath, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a container to completion: create, register the exit wait, start, wait, collect its output,
    /// remove. The container is removed even when something fails or the caller cancels.
    /// </summary>
    /// <param name="config">What to run.</param>
    /// <param name="options">Timeout, output cap, and whether to keep the container.</param>
    /// <param name="cancellationToken">Cancels the run (the container is killed and removed).</param>
    /// <returns>The exit code and the output.</returns>
    Task<ContainerRunResult> RunAsync(ContainerConfig config, ContainerRunOptions? options = null, CancellationToken cancellationToken = default);
}
