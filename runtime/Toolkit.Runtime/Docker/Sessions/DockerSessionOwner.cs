using System.Diagnostics;
using System.Globalization;

namespace Toolkit.Docker.Sessions;

/// <summary>The process that owns a session, as recorded in its resources' labels.</summary>
/// <param name="Host">The machine's host name.</param>
/// <param name="ProcessId">The process id.</param>
/// <param name="ProcessStartUnixMilliseconds">When the process started, in Unix milliseconds.</param>
public sealed record DockerSessionOwner(string Host, int ProcessId, long ProcessStartUnixMilliseconds)
{
    // Start times are derived from the kernel's boot time and clock ticks; allow for rounding between reads.
    private const long StartToleranceMilliseconds = 2_000;

    /// <summary>The current process.</summary>
    public static DockerSessionOwner Current { get; } = ForProcess(Process.GetCurrentProcess());

    /// <summary>
    /// Whether the owner is gone: it ran on this machine and no process with its id and start time is alive.
    /// Sessions owned by another machine are never judged dead, since this machine cannot tell.
    /// </summary>
    public bool IsDeadOnThisHost
    {
        get
        {
            if (!string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            try
            {
                using var process = Process.GetProcessById(ProcessId);
                return Math.Abs(StartOf(process) - ProcessStartUnixMilliseconds) > StartToleranceMilliseconds;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                return true;
            }
        }
    }

    internal IEnumerable<KeyValuePair<string, string>> ToLabels()
    {
        yield return new(DockerLabels.OwnerHost, Host);
        yield return new(DockerLabels.OwnerPid, ProcessId.ToString(CultureInfo.InvariantCulture));
        yield return new(DockerLabels.OwnerStarted, ProcessStartUnixMilliseconds.ToString(CultureInfo.InvariantCulture));
    }

    internal static DockerSessionOwner? FromLabels(IReadOnlyDictionary<string, string> labels) =>
        labels.TryGetValue(DockerLabels.OwnerHost, out var host)
        && labels.TryGetValue(DockerLabels.OwnerPid, out var pidText)
        && labels.TryGetValue(DockerLabels.OwnerStarted, out var startText)
        && int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
        && long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? new DockerSessionOwner(host, pid, start)
            : null;

    internal static DockerSessionOwner ForProcess(Process process) =>
        new(Environment.MachineName, process.Id, StartOf(process));

    private static long StartOf(Process process) => new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
}
