using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Toolkit.Docker.Tests;

/// <summary>
/// A slow road to a registry: a TCP port on 127.0.0.1 that forwards to the registry and paces what the registry
/// sends back, so a pull of a few megabytes takes seconds and can be cancelled in the middle of a layer. It counts
/// the layer downloads the engine abandoned (it closed its side while a large answer was still being sent).
/// </summary>
public sealed class ThrottledForwarder : IAsyncDisposable
{
    private const int ChunkBytes = 16 * 1024;
    private const long LayerBytes = 256 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly int _bytesPerSecond;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _abandoned;

    public ThrottledForwarder(IPEndPoint target, int bytesPerSecond)
    {
        _target = target;
        _bytesPerSecond = bytesPerSecond;
        _listener.Start();
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The registry address to use in image references: <c>127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    /// <summary>Layer downloads (answers of 256 KiB and more) the engine stopped reading before the registry had sent all of them.</summary>
    public int AbandonedTransfers => Volatile.Read(ref _abandoned);

    public async Task WaitForAbandonedTransferAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (AbandonedTransfers == 0)
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"The engine did not abandon its download from the registry within {limit.TotalSeconds} s.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket engine;
            try
            {
                engine = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(engine);
        }
    }

    private async Task ForwardAsync(Socket engine)
    {
        using var _ = engine;
        using var registry = new Socket(SocketType.Stream, ProtocolType.Tcp);
        var connection = new Connection();
        try
        {
            await registry.ConnectAsync(_target, _stop.Token);
            var downstream = PaceAsync(registry, engine, connection);
            await CopyAsync(engine, registry);

            // The engine hung up. If a layer (not a small manifest or ping answer) was still being paced out to it,
            // that download was abandoned.
            if (connection.Sending && connection.Total >= LayerBytes)
            {
                Interlocked.Increment(ref _abandoned);
            }

            registry.Shutdown(SocketShutdown.Both);
            await downstream;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
    }

    private async Task CopyAsync(Socket from, Socket to)
    {
        var buffer = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, _stop.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task PaceAsync(Socket from, Socket to, Connection connection)
    {
        var buffer = new byte[ChunkBytes];
        var clock = Stopwatch.StartNew();
        long sent = 0;
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, _stop.Token)) > 0)
            {
                // Between a chunk received from the registry and the pause after sending it, a response is in flight;
                // while waiting for the registry's next bytes (an idle kept-alive connection), none is. A response
                // after an idle spell starts a new pace, so idle time never becomes a burst.
                if (!connection.Sending)
                {
                    clock.Restart();
                    sent = 0;
                }

                connection.Sending = true;
                await to.SendAsync(buffer.AsMemory(0, read), _stop.Token);
                sent += read;
                connection.Total += read;
                var due = TimeSpan.FromSeconds((double)sent / _bytesPerSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, _stop.Token);
                }

                connection.Sending = from.Available > 0;
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private sealed class Connection
    {
        public volatile bool Sending;
        public long Total;
    }
}
