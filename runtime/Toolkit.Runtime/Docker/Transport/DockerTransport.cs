using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Toolkit.Docker.Json;
using Toolkit.Errors;

namespace Toolkit.Docker.Transport;

/// <summary>
/// One engine connection pool: an <see cref="HttpClient"/> over the endpoint's handler, the negotiated
/// API version, per-call timeouts, and the translation of every failure into a typed driver error.
/// One call is one HTTP request on a pooled connection. Thread-safe; shared by all sessions of a driver.
/// </summary>
internal sealed class DockerTransport : IDisposable
{
    private const string PingOperation = "Ping";
    private const string RegistryAuthHeader = "X-Registry-Auth";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _http;
    private readonly Lock _gate = new();
    private readonly DockerApiVersion? _pinned;
    private Task<DockerApiVersion>? _negotiation;

    public DockerTransport(DockerEndpoint endpoint, DockerDriverOptions options)
    {
        Endpoint = endpoint;
        Options = options;
        if (options.ApiVersion is { } pinned)
        {
            if (!DockerApiVersion.TryParse(pinned, out var version))
            {
                throw new ArgumentException($"DockerDriverOptions.ApiVersion '{pinned}' is not an API version such as 1.41.", nameof(options));
            }

            if (version < DockerApiVersion.Minimum)
            {
                throw new ArgumentException($"DockerDriverOptions.ApiVersion '{pinned}' is older than {DockerApiVersion.Minimum}, the oldest API version the driver supports.", nameof(options));
            }

            _pinned = version;
        }

        _http = new HttpClient(DockerHttpHandlerFactory.Create(endpoint, options), disposeHandler: true)
        {
            BaseAddress = DockerHttpHandlerFactory.BaseAddress(endpoint),
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Toolkit.Docker", "0.1"));
    }

    public DockerEndpoint Endpoint { get; }

    public DockerDriverOptions Options { get; }

    /// <summary>A call with the ordinary request timeout.</summary>
    public DockerCall Call(string operation, DockerResourceKind kind, string subject, DockerFailure failure = DockerFailure.Generic) =>
        new(operation, kind, subject, Options.RequestTimeout, failure);

    public static HttpContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>
    /// Sends a request on the negotiated API version (<c>/v1.41/…</c>); the body is left to stream. A pull or push passes
    /// its <c>X-Registry-Auth</c> header in <paramref name="registryAuth"/>: a credential, which goes on the request and nowhere else.
    /// </summary>
    public async Task<DockerResponse> SendAsync(HttpMethod method, string path, DockerCall call, CancellationToken cancellationToken, HttpContent? content = null, string? registryAuth = null)
    {
        var timeout = CreateTimeout(call, cancellationToken);
        try
        {
            var token = timeout?.Token ?? cancellationToken;
            DockerApiVersion version;
            try
            {
                // Completes synchronously once the version is pinned or negotiated.
                version = await GetApiVersionAsync(token).ConfigureAwait(false);
            }
            catch (Exception ex) when (TranslateFailure(ex, call, cancellationToken, timeout, duringBody: false) is { } translated)
            {
                throw translated;
            }

            return await SendCoreAsync(method, "/v" + version + path, call, content, timeout, cancellationToken, registryAuth).ConfigureAwait(false);
        }
        catch
        {
            timeout?.Dispose();
            throw;
        }
    }

    public async Task<T> GetJsonAsync<T>(string path, JsonTypeInfo<T> typeInfo, DockerCall call, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, call, cancellationToken).ConfigureAwait(false);
        return await response.ReadJsonAsync(typeInfo).ConfigureAwait(false);
    }

    public async Task<TResponse> PostJsonAsync<TRequest, TResponse>(string path, TRequest body, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, DockerCall call, CancellationToken cancellationToken)
    {
        using var content = Json(body, requestInfo);
        using var response = await SendAsync(HttpMethod.Post, path, call, cancellationToken, content).ConfigureAwait(false);
        return await response.ReadJsonAsync(responseInfo).ConfigureAwait(false);
    }

    /// <summary>Sends a request whose answer has no body worth reading.</summary>
    /// <returns><see langword="false"/> when the engine answered 304 (already done), otherwise <see langword="true"/>.</returns>
    public async Task<bool> SendNoContentAsync(HttpMethod method, string path, DockerCall call, CancellationToken cancellationToken, HttpContent? content = null)
    {
        using var response = await SendAsync(method, path, call, cancellationToken, content).ConfigureAwait(false);
        return !response.NotModified;
    }

    /// <summary>Pings the engine and negotiates the API version, if that has not happened yet.</summary>
    public async Task<DockerPing> PingAsync(CancellationToken cancellationToken)
    {
        var call = new DockerCall(PingOperation, DockerResourceKind.Engine, Endpoint.Host, Options.RequestTimeout);
        var timeout = CreateTimeout(call, cancellationToken);
        using var response = await SendCoreAsync(HttpMethod.Get, "/_ping", call, content: null, timeout, cancellationToken).ConfigureAwait(false);
        var engine = ReadApiVersionHeader(response.Message);
        var negotiated = Negotiate(engine);
        lock (_gate)
        {
            if (_negotiation is null || !_negotiation.IsCompletedSuccessfully)
            {
                _negotiation = Task.FromResult(negotiated);
            }
        }

        return new DockerPing(
            Endpoint,
            engine.ToString(),
            negotiated.ToString(),
            Header(response.Message, "OSType"),
            response.Message.Headers.Server.Count > 0 ? response.Message.Headers.Server.ToString() : Header(response.Message, "Server"));
    }

    /// <summary>The API version requests use: pinned in the options, or negotiated once through <c>/_ping</c>.</summary>
    public ValueTask<DockerApiVersion> GetApiVersionAsync(CancellationToken cancellationToken)
    {
        if (_pinned is { } pinned)
        {
            return ValueTask.FromResult(pinned);
        }

        var negotiation = Volatile.Read(ref _negotiation);
        return negotiation is { IsCompletedSuccessfully: true }
            ? ValueTask.FromResult(negotiation.Result)
            : new ValueTask<DockerApiVersion>(AwaitNegotiationAsync(cancellationToken));
    }

    public void Dispose() => _http.Dispose();

    /// <summary>
    /// The driver error for a failed send or body read, or <see langword="null"/> when the exception should
    /// propagate unchanged; see <see cref="DockerFailures.FromException"/>.
    /// </summary>
    internal Exception? TranslateFailure(Exception exception, DockerCall call, CancellationToken callerToken, CancellationTokenSource? timeout, bool duringBody) =>
        DockerFailures.FromException(exception, call, Endpoint, Options.ConnectTimeout, callerToken, timeout, duringBody);

    private async Task<DockerResponse> SendCoreAsync(HttpMethod method, string pathAndQuery, DockerCall call, HttpContent? content, CancellationTokenSource? timeout, CancellationToken cancellationToken, string? registryAuth = null)
    {
        HttpResponseMessage? message = null;
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative)) { Content = content };
            if (registryAuth is not null)
            {
                request.Headers.TryAddWithoutValidation(RegistryAuthHeader, registryAuth);
            }

            message = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout?.Token ?? cancellationToken).ConfigureAwait(false);
            if (!message.IsSuccessStatusCode && message.StatusCode != HttpStatusCode.NotModified)
            {
                var engineMessage = await ReadErrorMessageAsync(message, timeout?.Token ?? cancellationToken).ConfigureAwait(false);
                throw DockerFailures.FromResponse(call, (int)message.StatusCode, engineMessage);
            }

            return new DockerResponse(this, message, call, timeout, cancellationToken);
        }
        catch (Exception ex)
        {
            message?.Dispose();
            var translated = TranslateFailure(ex, call, cancellationToken, timeout, duringBody: false);
            timeout?.Dispose();
            if (content is StreamingContent { ProducerFailure: { } producerFailure } && !cancellationToken.IsCancellationRequested)
            {
                // The body's producer failed (an unreadable file, say): that, not the aborted request, is the error.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(producerFailure);
            }

            if (translated is not null)
            {
                throw translated;
            }

            throw;
        }
    }

    private CancellationTokenSource? CreateTimeout(DockerCall call, CancellationToken cancellationToken)
    {
        if (call.Timeout is not { } limit || limit == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(limit);
        return source;
    }

    private async Task<DockerApiVersion> AwaitNegotiationAsync(CancellationToken cancellationToken)
    {
        Task<DockerApiVersion> negotiation;
        lock (_gate)
        {
            // A failed negotiation is forgotten, so the next call tries again (the engine may have started since).
            if (_negotiation is null || _negotiation.IsFaulted || _negotiation.IsCanceled)
            {
                _negotiation = NegotiateAsync();
            }

            negotiation = _negotiation;
        }

        return await negotiation.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DockerApiVersion> NegotiateAsync()
    {
        // Not tied to any one caller's token: concurrent first calls share this ping.
        await Task.Yield();
        var call = new DockerCall(PingOperation, DockerResourceKind.Engine, Endpoint.Host, Options.RequestTimeout);
        var timeout = CreateTimeout(call, CancellationToken.None);
        using var response = await SendCoreAsync(HttpMethod.Get, "/_ping", call, content: null, timeout, CancellationToken.None).ConfigureAwait(false);
        return Negotiate(ReadApiVersionHeader(response.Message));
    }

    private DockerApiVersion ReadApiVersionHeader(HttpResponseMessage response)
    {
        var header = Header(response, "API-Version");
        if (!DockerApiVersion.TryParse(header, out var engine))
        {
            throw new DriverHealthException(DriverNames.Docker, Endpoint.ToString(), header is null
                ? "it answered /_ping without an API-Version header, so it is not a Docker engine or is older than API 1.25. Check DOCKER_HOST"
                : $"it answered /_ping with the unreadable API-Version '{header}'", PingOperation, isRetryable: false);
        }

        return engine;
    }

    private DockerApiVersion Negotiate(DockerApiVersion engine)
    {
        if (engine < DockerApiVersion.Minimum)
        {
            throw new DockerEngineVersionException(Endpoint.ToString(), engine.ToString(), DockerApiVersion.Minimum.ToString(), PingOperation);
        }

        return engine < DockerApiVersion.Maximum ? engine : DockerApiVersion.Maximum;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task<string> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        const int Limit = 64 * 1024;
        var fallback = $"{(int)response.StatusCode} {response.ReasonPhrase}".Trim();
        byte[] body;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[Limit];
                var read = await stream.ReadAtLeastAsync(buffer, Limit, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                body = buffer.AsSpan(0, read).ToArray();
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return fallback;
        }

        if (body.Length == 0)
        {
            return fallback;
        }

        try
        {
            if (JsonSerializer.Deserialize(body, DockerJsonContext.Default.ErrorResponseWire)?.Message is { Length: > 0 } message)
            {
                return message.Trim();
            }
        }
        catch (JsonException)
        {
            // Not the engine's JSON error shape (a proxy's HTML page, say): report the text as it is.
        }

        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length == 0 ? fallback : text;
    }
}
