using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Puts the real engine on a TCP port of 127.0.0.1, optionally behind TLS that demands a client
/// certificate from the test CA, the way a remote engine is set up with --tlsverify. Every connection is
/// forwarded byte for byte to the engine's unix socket.
/// </summary>
internal sealed class EngineForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly string _socketPath;
    private readonly TestCertificates? _tls;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _rejectedHandshakes;

    public EngineForwarder(string engineSocketPath, TestCertificates? tls)
    {
        _socketPath = engineSocketPath;
        _tls = tls;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    public int Port { get; }

    public string Host => $"tcp://127.0.0.1:{Port}";

    /// <summary>TLS handshakes the forwarder refused (no client certificate, or one not from the test CA).</summary>
    public int RejectedHandshakes => Volatile.Read(ref _rejectedHandshakes);

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
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using var _ = client;
        Stream front = client.GetStream();
        try
        {
            if (_tls is not null)
            {
                var ssl = new SslStream(front, leaveInnerStreamOpen: false);
                front = ssl;
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = _tls.Server,
                    ClientCertificateRequired = true,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    RemoteCertificateValidationCallback = (_, certificate, _, _) => IsFromTestAuthority(certificate),
                }, _stop.Token);
            }

            using var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token);
            await using var back = new NetworkStream(engine, ownsSocket: false);
            using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = front.CopyToAsync(back, done.Token);
            var down = back.CopyToAsync(front, done.Token);
            await Task.WhenAny(up, down);
            await done.CancelAsync();
        }
        catch (AuthenticationException)
        {
            Interlocked.Increment(ref _rejectedHandshakes);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side closed the connection.
        }
        finally
        {
            await front.DisposeAsync();
        }
    }

    private bool IsFromTestAuthority(X509Certificate? certificate)
    {
        if (certificate is null || _tls is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_tls.Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(presented);
    }
}
