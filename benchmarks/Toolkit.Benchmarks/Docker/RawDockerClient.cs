using System.Net.Sockets;

namespace Toolkit.Benchmarks.Docker;

/// <summary>The baseline: a plain HttpClient on the engine's unix socket, with no driver in between.</summary>
internal static class RawDockerClient
{
    public static HttpClient Create(string socketPath = "/var/run/docker.sock") =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = new Uri("http://localhost/"),
            Timeout = TimeSpan.FromMinutes(5),
        };
}
