using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Toolkit.Benchmarks.Aot;

/// <summary>Shows a measurement that <see cref="AotSampleStartupBenchmarks"/> saved for a build: its size on disk or its peak memory.</summary>
internal sealed class AotSampleColumn(AotSampleColumn.Measure measure) : IColumn
{
    public enum Measure
    {
        PublishedSize,
        SizeToRun,
        PeakMemory,
        PeakMemoryRange,
    }

    public string Id => $"{nameof(AotSampleColumn)}.{measure}";

    public string ColumnName => measure switch
    {
        Measure.PublishedSize => "Published (MiB)",
        Measure.SizeToRun => "On disk to run (MiB)",
        Measure.PeakMemory => "Peak RSS (MiB)",
        _ => "Peak RSS range (MiB)",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)measure;

    public bool IsNumeric => measure != Measure.PeakMemoryRange;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => measure switch
    {
        Measure.PublishedSize => "The publish folder without debug symbols and XML docs",
        Measure.SizeToRun => "The publish folder plus, for a framework-dependent build, the shared runtime and host resolver it needs",
        Measure.PeakMemory => "Median over separate whole runs of the program's peak resident set (ru_maxrss, from /usr/bin/time)",
        _ => "Lowest and highest peak resident set over those runs",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (AotSampleMeasurements.Load(benchmarkCase.Descriptor.WorkloadMethod.Name) is not { } measured)
        {
            return "-";
        }

        return measure switch
        {
            Measure.PublishedSize => MiB(measured.PublishedBytes / 1024.0),
            Measure.SizeToRun => MiB(measured.BytesToRun / 1024.0),
            Measure.PeakMemory => MiB(measured.MedianPeakKiB),
            _ => $"{MiB(measured.PeakKiB.Min())}–{MiB(measured.PeakKiB.Max())}",
        };
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private static string MiB(double kib) => (kib / 1024).ToString("0.0", CultureInfo.InvariantCulture);
}
