using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Toolkit.Benchmarks.Shell;

/// <summary>Shows what <see cref="PeakMemoryProbe"/> saved for a benchmark: the peak resident set, or its growth during the iteration, in MiB.</summary>
internal sealed class PeakMemoryColumn(PeakMemoryColumn.Measure measure) : IColumn
{
    public enum Measure
    {
        Peak,
        Growth,
    }

    public string Id => $"{nameof(PeakMemoryColumn)}.{measure}";

    public string ColumnName => measure == Measure.Peak ? "Peak RSS (MiB)" : "RSS growth (MiB)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => measure == Measure.Peak
        ? "Worst per-iteration peak resident set of the benchmark process (VmHWM, reset before each iteration)"
        : "Worst growth of the resident set during one iteration (VmHWM minus VmRSS at the iteration's start)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var gen0Size = benchmarkCase.Job.Environment.EnvironmentVariables?.FirstOrDefault(variable => variable.Key == PeakMemoryProbe.Gen0SizeVariable)?.Value;
        var path = PeakMemoryProbe.ResultPath(benchmarkCase.Descriptor.WorkloadMethod.Name, gen0Size);
        if (!File.Exists(path))
        {
            return "-";
        }

        var parts = File.ReadAllText(path).Split(' ');
        var kib = long.Parse(parts[measure == Measure.Peak ? 0 : 1], CultureInfo.InvariantCulture);
        return (kib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
