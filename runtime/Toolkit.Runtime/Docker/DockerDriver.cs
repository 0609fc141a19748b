using Toolkit.Docker.Containers;
using Toolkit.Docker.Images;
using Toolkit.Docker.Networks;
using Toolkit.Docker.Registries;
using Toolkit.Docker.Sessions;
using Toolkit.Docker.Transport;
using Toolkit.Docker.Volumes;
using Toolkit.Errors;
using Toolkit.Shell;

namespace Toolkit.Docker;

/// <summary>
/// The Docker driver: one connection pool to the engine, and one session. Everything created through it
/// (containers, images, volumes, networks) carries the session's labels; disposing it removes all of it
/// (unless <see cref="DockerDriverOptions.RemoveResourcesOnDispose"/> is off). Thread-safe.
/// </summary>
/// <example>
/// <code>
/// await using var docker = DockerDriver.Create();
/// var run = await docker.Containers.RunAsync(new ContainerConfig { Image = "busybox", Command = ["echo", "hello"] });
/// Console.WriteLine(run.StandardOutput); // hello
/// </code>
/// </example>
public sealed class DockerDriver : IAsyncDisposable
{
    private readonly TransportLease _lease;
    private readonly DockerSessionIdentity _session;
    private readonly RegistryAuthResolver _registryAuth;
    private int _disposed;

    private DockerDriver(TransportLease lease, DockerSessionIdentity session, RegistryAuthResolver registryAuth)
    {
        _lease = lease;
        _session = session;
        _registryAuth = registryAuth;
        var transport = lease.Transport;
        Containers = new DockerContainerDriver(transport, session);
        Images = new DockerImageDriver(transport, session, registryAuth);
        Volumes = new DockerVolumeDriver(transport, session);
        Networks = new DockerNetworkDriver(transport, session);
        Sessions = new DockerSessionDriver(Containers, Images, Volumes, Networks);
    }

    /// <summary>The engine endpoint and how it was found.</summary>
    public DockerEndpoint Endpoint => _lease.Transport.Endpoint;

    /// <summary>This driver's session id: the value of the <see cref="DockerLabels.Session"/> label on everything it creates.</summary>
    public string SessionId => _session.Id;

    /// <summary>The labels this driver adds to everything it creates.</summary>
    public IReadOnlyDictionary<string, string> SessionLabels => _session.Labels;

    /// <summary>Containers: lifecycle, output, exec, health, copies.</summary>
    public IContainerDriver Containers { get; }

    /// <summary>Images: list, inspect, remove, import, build, pull, push, tag, save, load.</summary>
    public IImageDriver Images { get; }

    /// <summary>Volumes.</summary>
    public IVolumeDriver Volumes { get; }

    /// <summary>Networks.</summary>
    public INetworkDriver Networks { get; }

    /// <summary>Every session on the engine, including those left by crashed processes.</summary>
    public IDockerSessionDriver Sessions { get; }

    /// <summary>
    /// Creates a driver with a new session. The endpoint is found when this is called; the engine is first
    /// contacted by the first call.
    /// </summary>
    /// <param name="options">Endpoint, timeouts and session settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The driver; dispose it to remove what it created and close its connections.</returns>
    /// <exception cref="Toolkit.Errors.DriverHealthException">The environment names an endpoint that cannot be used (the message says which variable or context).</exception>
    public static DockerDriver Create(DockerDriverOptions? options = null) => Create(options, DockerSessionOwner.Current);

    /// <summary>Creates a driver whose session is recorded as owned by <paramref name="owner"/> (tests simulate a crashed owner with it).</summary>
    internal static DockerDriver Create(DockerDriverOptions? options, DockerSessionOwner owner) => Create(options, owner, DockerEnvironment.Current);

    /// <summary>Creates a driver that reads the docker configuration (endpoint, contexts, registry credentials) from <paramref name="environment"/>.</summary>
    internal static DockerDriver Create(DockerDriverOptions? options, DockerSessionOwner owner, DockerEnvironment environment)
    {
        options ??= new DockerDriverOptions();
        ValidateOptions(options);
        environment = environment.WithConfigDirectory(options.ConfigDirectory);
        var endpoint = options.Endpoint ?? DockerEndpointResolver.Resolve(environment);
        var transport = new DockerTransport(endpoint, options);
        var registryAuth = new RegistryAuthResolver(environment, new ShellDriver(), options.RequestTimeout);
        return new DockerDriver(new TransportLease(transport), new DockerSessionIdentity(DockerSessionIdentity.NewId(options.SessionName), owner, persistent: !options.RemoveResourcesOnDispose), registryAuth);
    }

    /// <summary>
    /// Opens another session on the same connections: its resources get their own session label and are
    /// removed when it is disposed. Use one per test, per job or per tenant.
    /// </summary>
    /// <param name="name">A readable prefix for the session id, or <see langword="null"/>.</param>
    /// <returns>A driver for the new session; dispose it.</returns>
    public DockerDriver OpenSession(string? name = null)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (name is not null && (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')))
        {
            throw new ArgumentException($"Session name '{name}' must be 1-64 letters, digits, '_', '.' or '-'.", nameof(name));
        }

        return new DockerDriver(_lease.AddReference(), new DockerSessionIdentity(DockerSessionIdentity.NewId(name), _session.Owner, persistent: !_lease.Transport.Options.RemoveResourcesOnDispose), _registryAuth);
    }

    /// <summary>Pings the engine and negotiates the API version (which every other call does on first use).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The engine's API version and the one the driver uses.</returns>
    /// <exception cref="DockerEngineVersionException">The engine is older than API 1.41.</exception>
    /// <exception cref="Toolkit.Errors.DriverNetworkException">The engine cannot be reached; the message names the endpoint and how it was found.</exception>
    public Task<DockerPing> PingAsync(CancellationToken cancellationToken = default) => _lease.Transport.PingAsync(cancellationToken);

    /// <summary>Removes everything this session created: containers, networks, volumes, images.</summary>
    /// <param name="cancellationToken">Cancels the clean-up.</param>
    /// <returns>What was removed.</returns>
    /// <exception cref="SessionCleanupException">Something could not be removed.</exception>
    public Task<SessionCleanupReport> RemoveSessionResourcesAsync(CancellationToken cancellationToken = default) =>
        Sessions.RemoveAsync(SessionId, cancellationToken);

    /// <summary>
    /// Removes this session's resources (when <see cref="DockerDriverOptions.RemoveResourcesOnDispose"/> is on and
    /// it created any), then releases the connections (closed when the last session sharing them is disposed).
    /// </summary>
    /// <returns>A task that completes when the clean-up is done.</returns>
    /// <exception cref="SessionCleanupException">Something could not be removed: it is reported, not hidden.</exception>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            var options = _lease.Transport.Options;
            if (options.RemoveResourcesOnDispose && _session.HasCreatedResources)
            {
                using var limit = new CancellationTokenSource(options.DisposeTimeout);
                try
                {
                    await RemoveSessionResourcesAsync(limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (limit.IsCancellationRequested)
                {
                    throw new DriverTimeoutException(DriverNames.Docker, options.DisposeTimeout, "RemoveSession", isRetryable: true, ex);
                }
            }
        }
        finally
        {
            _lease.Release();
        }
    }

    /// <summary>Lets go of the connections without removing anything: what a crash does (tests use it to leave an orphan).</summary>
    internal void ReleaseWithoutCleanup()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _lease.Release();
        }
    }

    private static void ValidateOptions(DockerDriverOptions options)
    {
        static void Positive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive (or Timeout.InfiniteTimeSpan).");
            }
        }

        Positive(options.RequestTimeout, "options.RequestTimeout");
        Positive(options.TransferTimeout, "options.TransferTimeout");
        Positive(options.ConnectTimeout, "options.ConnectTimeout");
        Positive(options.DisposeTimeout, "options.DisposeTimeout");
        if (options.PooledConnectionIdleTimeout < TimeSpan.Zero && options.PooledConnectionIdleTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException("options.PooledConnectionIdleTimeout", options.PooledConnectionIdleTimeout, "options.PooledConnectionIdleTimeout must not be negative.");
        }

        if (options.MaxConnections < 1)
        {
            throw new ArgumentOutOfRangeException("options.MaxConnections", options.MaxConnections, "options.MaxConnections must be at least 1.");
        }

        if (options.SessionName is { } name && (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')))
        {
            throw new ArgumentException($"options.SessionName '{name}' must be 1-64 letters, digits, '_', '.' or '-'.", "options.SessionName");
        }
    }

    /// <summary>Shares one transport between the sessions opened from a driver; the last release closes it.</summary>
    private sealed class TransportLease
    {
        private readonly Shared _shared;

        public TransportLease(DockerTransport transport) => _shared = new Shared(transport);

        private TransportLease(Shared shared) => _shared = shared;

        public DockerTransport Transport => _shared.Transport;

        public TransportLease AddReference()
        {
            Interlocked.Increment(ref _shared.References);
            return new TransportLease(_shared);
        }

        public void Release()
        {
            if (Interlocked.Decrement(ref _shared.References) == 0)
            {
                _shared.Transport.Dispose();
            }
        }

        private sealed class Shared(DockerTransport transport)
        {
            public int References = 1;

            public DockerTransport Transport { get; } = transport;
        }
    }
}
