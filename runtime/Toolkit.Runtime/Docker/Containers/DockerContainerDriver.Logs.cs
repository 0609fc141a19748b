using System.Runtime.CompilerServices;
using Toolkit.Docker.Streams;
using Toolkit.Docker.Transport;
using Toolkit.Errors;

namespace Toolkit.Docker.Containers;

/// <summary>Container output: <c>GET /containers/{id}/logs</c>, de-multiplexed into entries.</summary>
internal sealed partial class DockerContainerDriver
{
    // The engine splits log lines into 16 KiB messages; exec and attach frames are at most 32 KiB. A frame
    // far larger than that means the stream is not what we think it is.
    private const int MaxLogFrameBytes = 16 * 1024 * 1024;
    private const string LogsOperation = "GetContainerLogs";

    public IAsyncEnumerable<ContainerLogEntry> GetLogsAsync(string container, ContainerLogOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Checked now, not at the first MoveNextAsync, so a bad call fails where it is made.
        RequireName(container);
        options ??= ContainerLogOptions.Default;
        if (!options.StandardOutput && !options.StandardError)
        {
            throw new ArgumentException("options asks for neither standard output nor standard error; enable at least one.", nameof(options));
        }

        if (options.Tail is < 0)
        {
            throw new ArgumentOutOfRangeException("options.Tail", options.Tail, "options.Tail must not be negative.");
        }

        return ReadLogsAsync(container, options, tty: null, cancellationToken);
    }

    // tty: whether the container has a TTY, when the caller knows (saves an inspect); null looks it up.
    private async IAsyncEnumerable<ContainerLogEntry> ReadLogsAsync(string container, ContainerLogOptions options, bool? tty, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new DockerQuery()
            .Add("follow", options.Follow)
            .Add("stdout", options.StandardOutput)
            .Add("stderr", options.StandardError)
            .Add("timestamps", options.Timestamps)
            .Add("tail", options.Tail is { } tail ? tail.ToString(System.Globalization.CultureInfo.InvariantCulture) : "all")
            .Add("since", options.Since is { } since ? DockerTimestamp.ToUnixQuery(since) : null)
            .Add("until", options.Until is { } until ? DockerTimestamp.ToUnixQuery(until) : null);

        // A followed stream lasts as long as the container runs, so only the caller's token bounds it.
        var call = new DockerCall(LogsOperation, DockerResourceKind.Container, container, options.Follow ? null : transport.Options.TransferTimeout);
        using var response = await transport.SendAsync(HttpMethod.Get, $"/containers/{DockerPath.Segment(container)}/logs" + query, call, cancellationToken).ConfigureAwait(false);
        var raw = tty ?? await IsRawStreamAsync(response, container, cancellationToken).ConfigureAwait(false);
        var body = await response.OpenBodyAsync().ConfigureAwait(false);
        await using var bodyScope = body.ConfigureAwait(false);
        var reader = new MultiplexedStreamReader(body, raw, LogsOperation);
        var lines = raw && options.Timestamps ? new TerminalLineSplitter() : null;
        while (true)
        {
            (DockerStreamKind Kind, byte[] Payload)? frame;
            try
            {
                frame = await reader.ReadFrameAsync(MaxLogFrameBytes, response.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (response.Translate(ex) is { } translated)
            {
                throw translated;
            }

            if (frame is not { } current)
            {
                break;
            }

            if (lines is null)
            {
                yield return ToEntry(current.Kind, current.Payload, options.Timestamps);
                continue;
            }

            // A terminal stream arrives in arbitrary chunks; timestamps prefix lines, so cut it into lines first.
            foreach (var line in lines.Push(current.Payload))
            {
                yield return ToEntry(DockerStreamKind.Console, line, timestamps: true);
            }
        }

        if (lines?.Flush() is { } rest)
        {
            yield return ToEntry(DockerStreamKind.Console, rest, timestamps: true);
        }
    }

    private async Task<bool> IsRawStreamAsync(DockerResponse response, string container, CancellationToken cancellationToken)
    {
        // From API 1.42 the content type says which it is; API 1.41 labels both kinds raw, so ask the container.
        var mediaType = response.Message.Content.Headers.ContentType?.MediaType;
        if (mediaType == "application/vnd.docker.multiplexed-stream")
        {
            return false;
        }

        if (mediaType == "application/vnd.docker.raw-stream" && await transport.GetApiVersionAsync(cancellationToken).ConfigureAwait(false) >= DockerApiVersion.StreamContentTypes)
        {
            return true;
        }

        var details = await InspectWireAsync(container, LogsOperation, cancellationToken).ConfigureAwait(false);
        return details.Config?.Tty ?? false;
    }

    private static ContainerLogEntry ToEntry(DockerStreamKind kind, byte[] payload, bool timestamps)
    {
        if (timestamps)
        {
            // "2024-05-01T10:00:00.123456789Z <output>"
            var space = Array.IndexOf(payload, (byte)' ', 0, Math.Min(payload.Length, 64));
            if (space > 0)
            {
                Span<char> text = stackalloc char[space];
                for (var i = 0; i < space; i++)
                {
                    text[i] = (char)payload[i];
                }

                if (DockerTimestamp.TryParse(text, out var timestamp))
                {
                    return new ContainerLogEntry(kind, payload.AsMemory(space + 1), timestamp);
                }
            }
        }

        return new ContainerLogEntry(kind, payload, null);
    }
}
