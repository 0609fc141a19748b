using System.Runtime.CompilerServices;
using System.Text.Json;
using Toolkit.Docker.Json;

namespace Toolkit.Docker.Streams;

/// <summary>Reads the engine's stream of JSON progress messages (build, import) one message at a time, as they arrive.</summary>
internal static class ProgressMessageStream
{
    public static async IAsyncEnumerable<ProgressMessageWire> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in JsonSerializer.DeserializeAsyncEnumerable(stream, DockerJsonContext.Default.ProgressMessageWire, topLevelValues: true, cancellationToken).ConfigureAwait(false))
        {
            if (message is not null)
            {
                yield return message;
            }
        }
    }

    /// <summary>The failure the message reports, if any: <c>errorDetail.message</c>, else <c>error</c>.</summary>
    public static string? ErrorOf(ProgressMessageWire message) =>
        message.ErrorDetail?.Message is { Length: > 0 } detail ? detail
        : message.Error is { Length: > 0 } error ? error
        : null;
}
