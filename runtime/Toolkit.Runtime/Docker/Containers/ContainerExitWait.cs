using System.Text.Json;
using Toolkit.Docker.Json;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>
/// A wait request whose response headers have arrived: the engine writes them as soon as it has
/// registered the wait, and the body (the exit status) when the condition is met.
/// </summary>
internal sealed class ContainerExitWait(DockerTransport transport, DockerResponse response, string container) : IContainerExitWait
{
    private const string Operation = "WaitContainer";
    private int _consumed;

    public string Container => container;

    public async Task<ContainerExit> WaitAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _consumed, 1) != 0)
        {
            throw new InvalidOperationException($"The wait for container '{container}' was already awaited; a wait reports one exit. Begin a new wait for the next one.");
        }

        if (timeout is { } limit && limit <= TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), limit, "The wait timeout must be positive, or null for none.");
        }

        using var timeoutSource = timeout is { } t && t != Timeout.InfiniteTimeSpan ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeoutSource?.CancelAfter(timeout!.Value);
        var token = timeoutSource?.Token ?? cancellationToken;
        try
        {
            var body = await response.Message.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var status = await JsonSerializer.DeserializeAsync(body, DockerJsonContext.Default.WaitResponseWire, token).ConfigureAwait(false)
                    ?? throw new JsonException("The engine answered the wait with JSON null.");
                return new ContainerExit((int)status.StatusCode, status.Error?.Message is { Length: > 0 } error ? error : null);
            }
        }
        catch (Exception ex) when (transport.TranslateFailure(ex, new DockerCall(Operation, DockerResourceKind.Container, container, timeout), cancellationToken, timeoutSource, duringBody: true) is { } translated)
        {
            throw translated;
        }
    }

    public ValueTask DisposeAsync()
    {
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
