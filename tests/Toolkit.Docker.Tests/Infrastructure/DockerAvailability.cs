using System.Net.Sockets;
using System.Text;
using Toolkit.Docker;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Decides, once per run, whether engine tests can run. Under CI=true they always run (and fail without an
/// engine); elsewhere they are reported as not run, with the reason, when no engine answers.
/// </summary>
internal static class DockerAvailability
{
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Why engine tests cannot run here, or <see langword="null"/> when they can (or must).</summary>
    public static string? SkipReason => Reason.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Probe()
    {
        if (IsCi)
        {
            return null;
        }

        if (Environment.GetEnvironmentVariable("TOOLKIT_DOCKER_UNAVAILABLE") is { Length: > 0 } declared)
        {
            return "NOT RUN: no Docker engine (" + declared + ")";
        }

        DockerEndpoint endpoint;
        try
        {
            endpoint = DockerEndpoint.FromEnvironment();
        }
        catch (DriverException ex)
        {
            return "NOT RUN: the Docker endpoint could not be determined: " + ex.Message;
        }

        try
        {
            using var socket = endpoint.Transport == DockerTransportKind.UnixSocket
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.ReceiveTimeout = 5000;
            socket.SendTimeout = 5000;
            if (endpoint.Transport == DockerTransportKind.UnixSocket)
            {
                socket.Connect(new UnixDomainSocketEndPoint(endpoint.Address));
            }
            else if (endpoint.Transport == DockerTransportKind.Tcp)
            {
                socket.Connect(endpoint.Address, endpoint.Port);
                return null; // TLS engines cannot be pinged in plain text; a connection is evidence enough.
            }
            else
            {
                return null;
            }

            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[256];
            var read = socket.Receive(buffer);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 200 ", StringComparison.Ordinal)
                ? null
                : $"NOT RUN: the Docker engine at {endpoint} answered /_ping with '{answer.Split('\r')[0]}'";
        }
        catch (SocketException ex)
        {
            return $"NOT RUN: no Docker engine answered at {endpoint}: {ex.Message}";
        }
    }
}
