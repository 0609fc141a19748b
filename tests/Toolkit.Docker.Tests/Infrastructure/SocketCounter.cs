namespace Toolkit.Docker.Tests;

/// <summary>This process's open sockets, read from <c>/proc/self/fd</c> (each is <c>socket:[inode]</c>).</summary>
internal static class SocketCounter
{
    public static HashSet<string> Sockets()
    {
        var sockets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:", StringComparison.Ordinal))
                {
                    sockets.Add(target);
                }
            }
            catch (IOException)
            {
                // The descriptor closed while we looked (the enumeration's own, for one).
            }
        }

        return sockets;
    }

    public static int Count() => Sockets().Count;
}
