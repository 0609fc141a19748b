using System.Net;
using System.Net.Sockets;

namespace Toolkit.Docker.Tests;

/// <summary>A TCP port nothing listens on, for a daemon the tests start (other test runs may share the machine).</summary>
internal static class FreePort
{
    public static int OnLoopback()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
