using System.Globalization;

namespace Toolkit.Benchmarks.Shell;

/// <summary>
/// Measures the benchmark process's peak resident set per iteration, from <c>/proc/self/status</c>. Writing 5 to
/// <c>/proc/self/clear_refs</c> resets the kernel's high-water mark (VmHWM) to the current resident set, so the
/// value read after the iteration is the peak of that iteration alone. The worst iteration is saved to a file that
/// <see cref="PeakMemoryColumn"/> reads back in the host process.
/// </summary>
internal sealed class PeakMemoryProbe
{
    private long _startKiB;
    private long _worstPeakKiB;
    private long _worstGrowthKiB;

    /// <summary>The environment variable whose value distinguishes the jobs of a run.</summary>
    public const string Gen0SizeVariable = "DOTNET_GCgen0size";

    /// <summary>Where the result of <paramref name="benchmark"/> under a job with the given gen0 setting is saved.</summary>
    public static string ResultPath(string benchmark, string? gen0Size) =>
        Path.Combine(Path.GetTempPath(), $"toolkit-bench-peak-{benchmark}-{gen0Size ?? "default"}.txt");

    public void Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _startKiB = Read("VmRSS:");
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    public void Stop()
    {
        var peak = Read("VmHWM:");
        _worstPeakKiB = Math.Max(_worstPeakKiB, peak);
        _worstGrowthKiB = Math.Max(_worstGrowthKiB, peak - _startKiB);
    }

    public void Save(string benchmark) =>
        File.WriteAllText(ResultPath(benchmark, Environment.GetEnvironmentVariable(Gen0SizeVariable)), string.Create(CultureInfo.InvariantCulture, $"{_worstPeakKiB} {_worstGrowthKiB}"));

    private static long Read(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
