using System.Globalization;

namespace Toolkit.Docker.Tests;

/// <summary>
/// Removes what a daemon started by the tests may leave on the host when it did not stop cleanly: processes whose
/// command line names its directory, and mounts under it (deepest first).
/// </summary>
internal static class HostCleanup
{
    public static async Task KillProcessesMentioningAsync(string directory)
    {
        foreach (var pid in ProcessesMentioning(directory))
        {
            await HostCommands.TryRunAsync("kill", "-KILL", pid.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static IReadOnlyList<int> ProcessesMentioning(string text)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(entry, "cmdline")).Replace('\0', ' ').Contains(text, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile.
            }
        }

        return found;
    }

    /// <summary>The children of a process (their parent pid is <paramref name="parent"/>).</summary>
    public static IReadOnlyList<int> ChildrenOf(int parent)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                // stat is "pid (comm) state ppid …"; the command may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(entry, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent)
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
            }
        }

        return found;
    }

    public static async Task UnmountUnderAsync(string directory)
    {
        var mounts = File.ReadAllLines("/proc/self/mountinfo")
            .Select(line => line.Split(' ')[4])
            .Where(point => point == directory || point.StartsWith(directory + "/", StringComparison.Ordinal))
            .OrderByDescending(point => point.Length)
            .ToList();
        foreach (var point in mounts)
        {
            if (!await HostCommands.TryRunAsync("umount", point))
            {
                await HostCommands.TryRunAsync("umount", "-l", point);
            }
        }
    }
}
