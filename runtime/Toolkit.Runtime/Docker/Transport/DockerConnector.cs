using System.IO.Pipes;
using System.Net.Sockets;
using Toolkit.Shell;

namespace Toolkit.Docker.Transport;

/// <summary>
/// Opens one raw, duplex connection to the engine of an endpoint: a unix socket, a named pipe, TCP, TCP with the
/// TLS handshake already done, or the standard input and output of <c>ssh … docker system dial-stdio</c>. HttpClient
/// uses it for every request (through <c>ConnectCallback</c>), and the hijacked streams of exec and attach use it to
/// speak HTTP/1.1 on the socket themselves.
/// </summary>
internal sealed class DockerConnector
{
    private readonly DockerEndpoint _endpoint;
    private readonly DockerTlsClient? _tls;
    private readonly ShellCommand? _ssh;
    private readonly IShellDriver? _shell;

    public DockerConnector(DockerEndpoint endpoint)
        : this(endpoint, new DockerDriverOptions())
    {
    }

    public DockerConnector(DockerEndpoint endpoint, DockerDriverOptions options)
    {
        _endpoint = endpoint;
        if (endpoint.Transport == DockerTransportKind.Ssh)
        {
            // The same command for every connection; each one is a new ssh process, as with the docker CLI.
            _ssh = SshCommandLine.Create(endpoint, options.Ssh, options.ConnectTimeout);
            _shell = new ShellDriver();
        }

        if (endpoint is { Transport: DockerTransportKind.Tcp, Tls: { } tls })
        {
            // Built once: loading the certificates reads files and can fail with a typed error before any request.
            _tls = new DockerTlsClient(endpoint, tls);
        }
    }

    /// <summary>The endpoint this connector reaches.</summary>
    public DockerEndpoint Endpoint => _endpoint;

    /// <summary>Opens a new connection. The caller owns (and disposes) the stream.</summary>
    public ValueTask<Stream> ConnectAsync(CancellationToken cancellationToken) => _endpoint.Transport switch
    {
        DockerTransportKind.UnixSocket => ConnectUnixAsync(_endpoint.Address, cancellationToken),
        DockerTransportKind.NamedPipe => ConnectPipeAsync(_endpoint.Address, cancellationToken),
        DockerTransportKind.Ssh => ValueTask.FromResult(SshStream.Open(_shell!, _ssh!)),
        _ => ConnectTcpAsync(cancellationToken),
    };

    private async ValueTask<Stream> ConnectTcpAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_endpoint.Address, _endpoint.Port, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var network = new NetworkStream(socket, ownsSocket: true);
        return _tls is null ? network : await _tls.AuthenticateAsync(network, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<Stream> ConnectUnixAsync(string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async ValueTask<Stream> ConnectPipeAsync(string pipeName, CancellationToken cancellationToken)
    {
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.Asynchronous);
        try
        {
            await pipe.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return pipe;
        }
        catch
        {
            await pipe.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
