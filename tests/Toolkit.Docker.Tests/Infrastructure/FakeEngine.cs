using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Toolkit.Docker.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on a unix socket that answers like an engine would, for the behaviours a
/// real engine cannot be made to show on demand: an old API version, a missing header, a slow answer, a 503.
/// It records every request line.
/// </summary>
internal sealed class FakeEngine : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly string _directory;
    private readonly Func<FakeRequest, FakeResponse> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly ConcurrentBag<Socket> _connections = [];

    public FakeEngine(Func<FakeRequest, FakeResponse> respond)
    {
        _respond = respond;
        _directory = Path.Combine(Path.GetTempPath(), "tk-fake-engine-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_directory);
        SocketPath = Path.Combine(_directory, "docker.sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _listener.Listen(16);
        _acceptLoop = AcceptAsync();
    }

    public string SocketPath { get; }

    public string Host => "unix://" + SocketPath;

    public ConcurrentQueue<string> RequestLines { get; } = new();

    /// <summary>An engine of the given API version that answers every other request with <paramref name="other"/>.</summary>
    public static FakeEngine WithVersion(string? apiVersion, Func<FakeRequest, FakeResponse>? other = null) => new(request =>
        request.Path == "/_ping"
            ? FakeResponse.Text(200, "OK", apiVersion)
            : other?.Invoke(request) ?? FakeResponse.Json(200, "[]"));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections.Add(connection);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(Socket connection)
    {
        try
        {
            using var stream = new NetworkStream(connection, ownsSocket: true);
            var reader = new StreamReader(stream, Encoding.ASCII);
            while (!_stop.IsCancellationRequested)
            {
                var requestLine = await reader.ReadLineAsync(_stop.Token);
                if (requestLine is null)
                {
                    return;
                }

                var contentLength = 0;
                string? header;
                while (!string.IsNullOrEmpty(header = await reader.ReadLineAsync(_stop.Token)))
                {
                    if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        contentLength = int.Parse(header["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                    }
                }

                if (contentLength > 0)
                {
                    var body = new char[contentLength];
                    await reader.ReadBlockAsync(body, _stop.Token);
                }

                RequestLines.Enqueue(requestLine);
                var parts = requestLine.Split(' ');
                var target = parts[1];
                var path = target.Split('?')[0];
                var response = _respond(new FakeRequest(parts[0], path, target));
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, _stop.Token);
                }

                var head = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {(response.Status == 200 ? "OK" : "Error")}\r\n")
                    .Append(CultureInfo.InvariantCulture, $"Content-Type: {response.ContentType}\r\n")
                    .Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
                if (response.ApiVersion is { } version)
                {
                    head.Append(CultureInfo.InvariantCulture, $"Api-Version: {version}\r\n");
                }

                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                await stream.WriteAsync(response.Body, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The client went away or the fake is shutting down.
        }
    }
}

internal sealed record FakeRequest(string Method, string Path, string Target);

internal sealed record FakeResponse(int Status, string ContentType, byte[] Body, string? ApiVersion = "1.41", TimeSpan Delay = default)
{
    public static FakeResponse Json(int status, string json, string? apiVersion = "1.41") =>
        new(status, "application/json", Encoding.UTF8.GetBytes(json), apiVersion);

    public static FakeResponse Text(int status, string text, string? apiVersion = "1.41") =>
        new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text), apiVersion);
}
