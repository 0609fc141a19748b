namespace Toolkit.Shell.Tests.Support;

/// <summary>Reads /proc to see which processes exist, so tests can check that nothing survived a command.</summary>
internal static class ProcessTable
{
    /// <summary>Whether <paramref name="pid"/> is a running process: it exists and is not a zombie.</summary>
    /// <remarks>
    /// Orphans killed by the driver are re-parented to PID 1, and a container's PID 1 may never reap them; a zombie
    /// is dead (it runs no code and holds no resources but its table entry), so it does not count as running.
    /// </remarks>
    public static bool IsRunning(int pid) => TryReadStat(pid, out var state, out _) && state is not ('Z' or 'X' or 'x');

    /// <summary>Direct children of <paramref name="parent"/>, with their state letter.</summary>
    public static IReadOnlyList<(int Pid, char State)> ChildrenOf(int parent)
    {
        var children = new List<(int, char)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid)
                && TryReadStat(pid, out var state, out var parentPid)
                && parentPid == parent)
            {
                children.Add((pid, state));
            }
        }

        return children;
    }

    /// <summary>How many file descriptors this process has open.</summary>
    public static int OpenDescriptorCount() => Directory.GetFiles("/proc/self/fd").Length;

    private static bool TryReadStat(int pid, out char state, out int parentPid)
    {
        state = '\0';
        parentPid = 0;
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return false;
        }

        var close = text.LastIndexOf(')');
        var fields = text[(close + 2)..].Split(' ');
        state = fields[0][0];
        parentPid = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}
