using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>
/// Run to completion: create, register the next-exit wait, start, wait, collect the output, remove. The
/// wait is registered before the start, so a container that exits at once is never missed.
/// </summary>
internal sealed partial class DockerContainerDriver
{
    private const string RunOperation = "RunContainer";

    public async Task<ContainerRunResult> RunAsync(ContainerConfig config, ContainerRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ContainerRunOptions.Default;
        if (options.Timeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException("options.Timeout", limit, "options.Timeout must be positive, or null for none.");
        }

        if (options.MaxOutputBytes < 0)
        {
            throw new ArgumentOutOfRangeException("options.MaxOutputBytes", options.MaxOutputBytes, "options.MaxOutputBytes must not be negative.");
        }

        var created = await CreateAsync(config, cancellationToken).ConfigureAwait(false);
        ContainerRunResult result;
        try
        {
            result = await RunCreatedAsync(created.Id, config.Tty, options, cancellationToken).ConfigureAwait(false);
        }
        catch when (!options.KeepContainer)
        {
            // The run already failed; removal is best effort and must not hide that failure. Whatever
            // survives still carries the session label and goes with the session.
            await RemoveAfterFailureAsync(created.Id).ConfigureAwait(false);
            throw;
        }

        if (!options.KeepContainer)
        {
            await RemoveAsync(created.Id, ContainerRemoveOptions.ForceWithVolumes, CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<ContainerRunResult> RunCreatedAsync(string id, bool tty, ContainerRunOptions options, CancellationToken cancellationToken)
    {
        ContainerExit exit;
        await using (var wait = await BeginWaitAsync(id, ContainerWaitCondition.NextExit, cancellationToken).ConfigureAwait(false))
        {
            await StartAsync(id, cancellationToken).ConfigureAwait(false);
            try
            {
                exit = await wait.WaitAsync(options.Timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (DriverTimeoutException ex)
            {
                throw new DriverTimeoutException(DriverNames.Docker, options.Timeout!.Value, RunOperation, isRetryable: true, ex);
            }
        }

        var stdout = new OutputBuffer(options.MaxOutputBytes);
        var stderr = new OutputBuffer(options.MaxOutputBytes);
        await foreach (var entry in ReadLogsAsync(id, ContainerLogOptions.Default, tty, cancellationToken).ConfigureAwait(false))
        {
            (entry.Stream == DockerStreamKind.StandardError ? stderr : stdout).Append(entry.Data.Span);
        }

        return new ContainerRunResult(id, exit.ExitCode, stdout.ToMemory(), stderr.ToMemory(), stdout.Truncated || stderr.Truncated);
    }

    private async Task RemoveAfterFailureAsync(string id)
    {
        try
        {
            await RemoveAsync(id, ContainerRemoveOptions.ForceWithVolumes, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DriverException)
        {
            // Reported by the session clean-up if it is still there then.
        }
    }
}
