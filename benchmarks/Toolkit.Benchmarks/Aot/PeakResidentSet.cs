using System.Globalization;

namespace Toolkit.Benchmarks.Aot;

/// <summary>
/// The peak resident set of a whole program run, from GNU time (<c>/usr/bin/time -f %M</c>), which reports the
/// kernel's <c>ru_maxrss</c> for the process it waited for. That is the exact high-water mark over the process's
/// whole life, start-up and exit included, which no reading of <c>/proc/PID/status</c> from outside can give: the
/// kernel drops a process's memory figures (VmHWM) at exit, before its parent sees it end. It counts the program's
/// own process only, not the processes it starts (<c>wc</c>) or the Docker engine's work.
/// </summary>
internal static class PeakResidentSet
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>Runs <paramref name="program"/> <paramref name="runs"/> times, one after another; the peak of each run, in KiB.</summary>
    public static async Task<long[]> MeasureAsync(string program, int runs)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"{GnuTime} is missing: install GNU time (Debian: apt-get install time).");
        }

        var peaks = new long[runs];
        var report = Path.Combine(Path.GetTempPath(), $"toolkit-bench-time-{Environment.ProcessId}.txt");
        try
        {
            for (var run = 0; run < runs; run++)
            {
                await ExternalTool.RunAsync(GnuTime, "-f", "%M", "-o", report, program);
                peaks[run] = long.Parse(File.ReadAllText(report).Trim(), CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            File.Delete(report);
        }

        return peaks;
    }
}
