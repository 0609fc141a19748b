using Toolkit.Docker;

namespace Toolkit.Packaging.Tests.Infrastructure;

/// <summary>
/// A fact that needs a Docker engine. Without one it is reported as skipped with the reason, never passed; under
/// CI=true (where tests/run.sh starts an engine) it always runs.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Reason = new(Probe);

    public DockerFactAttribute()
    {
        if (Reason.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            using var docker = new DockerProbe();
            return docker.Answers() ? null : "NOT RUN: no Docker engine answers (start dockerd or set DOCKER_HOST; tests/run.sh does it).";
        }
        catch (DriverException error)
        {
            return "NOT RUN: no usable Docker endpoint: " + error.Message;
        }
    }

    /// <summary>Pings the engine once, synchronously, at test discovery (attributes cannot await).</summary>
    private sealed class DockerProbe : IDisposable
    {
        private readonly DockerDriver _driver = DockerDriver.Create();

        public bool Answers()
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                Task.Run(() => _driver.PingAsync(timeout.Token)).GetAwaiter().GetResult();
                return true;
            }
            catch (Exception error) when (error is DriverException or OperationCanceledException)
            {
                return false;
            }
        }

        public void Dispose() => _driver.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
