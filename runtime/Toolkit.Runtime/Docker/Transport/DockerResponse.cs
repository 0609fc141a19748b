using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Toolkit.Docker.Transport;

/// <summary>
/// A successful (2xx or 304) engine response whose body may still be streaming. It keeps the call's
/// timeout alive while the body is read, and translates failures during the read the same way as
/// failures during the send.
/// </summary>
internal sealed class DockerResponse : IDisposable
{
    private readonly DockerTransport _transport;
    private readonly CancellationTokenSource? _timeout;
    private readonly CancellationToken _callerToken;

    public DockerResponse(DockerTransport transport, HttpResponseMessage message, DockerCall call, CancellationTokenSource? timeout, CancellationToken callerToken)
    {
        _transport = transport;
        Message = message;
        Call = call;
        _timeout = timeout;
        _callerToken = callerToken;
    }

    public HttpResponseMessage Message { get; }

    public DockerCall Call { get; }

    /// <summary>The token body reads must use: the caller's, combined with the call's timeout.</summary>
    public CancellationToken Token => _timeout?.Token ?? _callerToken;

    /// <summary>The engine answered 304 Not Modified: the thing asked for was already so.</summary>
    public bool NotModified => Message.StatusCode == HttpStatusCode.NotModified;

    public async Task<Stream> OpenBodyAsync()
    {
        try
        {
            return await Message.Content.ReadAsStreamAsync(Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    public async Task<T> ReadJsonAsync<T>(JsonTypeInfo<T> typeInfo)
    {
        try
        {
            // Parsed as it arrives: a list of thousands of containers is never held twice (bytes and objects).
            var stream = await Message.Content.ReadAsStreamAsync(Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, Token).ConfigureAwait(false)
                    ?? throw new JsonException("The engine answered with JSON null.");
            }
        }
        catch (Exception ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>
    /// The driver error for a failure while reading the body, or <see langword="null"/> when the failure
    /// should propagate as it is (the caller's own cancellation, an error already typed).
    /// </summary>
    public Exception? Translate(Exception exception) =>
        _transport.TranslateFailure(exception, Call, _callerToken, _timeout, duringBody: true);

    public void Dispose()
    {
        Message.Dispose();
        _timeout?.Dispose();
    }
}
