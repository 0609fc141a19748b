using System.Globalization;

namespace Toolkit.Benchmarks.Aot;

/// <summary>
/// What a benchmark process measured about one build besides its start-up time, saved to a file so that
/// <see cref="AotSampleColumn"/> can show it in the host process's summary.
/// </summary>
/// <param name="PublishedBytes">The publish folder, without symbols and XML docs.</param>
/// <param name="BytesToRun">Everything on disk the program needs: the folder, plus the shared runtime for a framework-dependent build.</param>
/// <param name="PeakKiB">The peak resident set of each whole run.</param>
internal sealed record AotSampleMeasurements(long PublishedBytes, long BytesToRun, long[] PeakKiB)
{
    public long MedianPeakKiB => PeakKiB.Order().ElementAt(PeakKiB.Length / 2);

    public void Save(string benchmark) =>
        File.WriteAllText(PathOf(benchmark), string.Join(' ', new[] { PublishedBytes, BytesToRun }.Concat(PeakKiB).Select(n => n.ToString(CultureInfo.InvariantCulture))));

    public static AotSampleMeasurements? Load(string benchmark)
    {
        if (!File.Exists(PathOf(benchmark)))
        {
            return null;
        }

        var numbers = File.ReadAllText(PathOf(benchmark)).Split(' ').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return new AotSampleMeasurements(numbers[0], numbers[1], numbers[2..]);
    }

    private static string PathOf(string benchmark) => Path.Combine(Path.GetTempPath(), $"toolkit-bench-aot-{benchmark}.txt");
}
