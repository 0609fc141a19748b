using System.Globalization;
using System.Text;
using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>Health: the engine's verdict from the container's health check, read through inspect.</summary>
internal sealed partial class DockerContainerDriver
{
    private const string HealthOperation = "GetContainerHealth";
    private const string WaitHealthyOperation = "WaitUntilHealthy";

    public async Task<ContainerHealth> GetHealthAsync(string container, CancellationToken cancellationToken = default)
    {
        var wire = await InspectWireAsync(container, HealthOperation, cancellationToken).ConfigureAwait(false);
        return wire.State?.Health is { } health ? ContainerDetailsMapper.ToHealth(health) : ContainerHealth.NoHealthCheck;
    }

    public async Task<bool> IsHealthyAsync(string container, CancellationToken cancellationToken = default) =>
        (await GetHealthAsync(container, cancellationToken).ConfigureAwait(false)).IsHealthy;

    public async Task<ContainerHealth> WaitUntilHealthyAsync(string container, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        RequireName(container);
        if (timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive.");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var delay = TimeSpan.FromMilliseconds(50);
        ContainerHealth? last = null;
        try
        {
            while (true)
            {
                var wire = await InspectWireAsync(container, WaitHealthyOperation, limit.Token).ConfigureAwait(false);
                var state = ContainerDetailsMapper.ToState(wire.State);
                last = state.Health ?? ContainerHealth.NoHealthCheck;
                if (last.Status == ContainerHealthStatus.None)
                {
                    throw new ContainerStartException(container, "it has no health check, so it can never become healthy. Set ContainerConfig.HealthCheck or use an image with a HEALTHCHECK", WaitHealthyOperation);
                }

                if (last.IsHealthy)
                {
                    return last;
                }

                if (!state.Running)
                {
                    // Fail fast with what a person needs: the exit code and the last output.
                    var logs = await TailLogsAsync(container, cancellationToken).ConfigureAwait(false);
                    throw new ContainerStartException(container, string.Create(CultureInfo.InvariantCulture, $"it stopped with exit code {state.ExitCode}{(state.OomKilled ? " (killed for exceeding its memory limit)" : "")} before it became healthy{Describe(last)}{logs}"), WaitHealthyOperation);
                }

                await Task.Delay(delay, limit.Token).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
            }
        }
        catch (OperationCanceledException ex) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var detail = new ContainerStartException(container, $"it was not healthy within {timeout.TotalSeconds:0.###} s (status {last?.Status.ToString().ToLowerInvariant() ?? "unknown"}){Describe(last)}", WaitHealthyOperation, isRetryable: true, ex);
            throw new DriverTimeoutException(DriverNames.Docker, timeout, WaitHealthyOperation, isRetryable: true, detail);
        }
        catch (DriverTimeoutException ex) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DriverTimeoutException(DriverNames.Docker, timeout, WaitHealthyOperation, isRetryable: true, ex);
        }
    }

    private static string Describe(ContainerHealth? health) =>
        health?.Probes is { Count: > 0 } probes
            ? string.Create(CultureInfo.InvariantCulture, $"; the last probe exited {probes[^1].ExitCode} with output: {probes[^1].Output.Trim()}")
            : "";

    private async Task<string> TailLogsAsync(string container, CancellationToken cancellationToken)
    {
        try
        {
            var text = new StringBuilder();
            await foreach (var entry in ReadLogsAsync(container, new ContainerLogOptions { Tail = 20 }, tty: null, cancellationToken).ConfigureAwait(false))
            {
                text.Append(entry.Text);
            }

            return text.Length == 0 ? "; it wrote no output" : $"; its last output was:{Environment.NewLine}{text.ToString().TrimEnd()}";
        }
        catch (DriverException)
        {
            // The logs only decorate the message; the container's failure is the error to report.
            return "";
        }
    }
}
