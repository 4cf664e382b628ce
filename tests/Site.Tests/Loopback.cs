using System.Net;
using System.Net.Sockets;

namespace Site.Tests;

/// <summary>Loopback helpers for tests that start a server.</summary>
internal static class Loopback
{
    /// <summary>A port on 127.0.0.1 that is free right now.</summary>
    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
