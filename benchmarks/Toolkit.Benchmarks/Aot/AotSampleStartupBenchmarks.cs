using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Toolkit.Benchmarks.Aot;

/// <summary>
/// samples/AotSample published three ways from this repository and run as a process: Native AOT against the JIT, both
/// framework-dependent (the default publish) and self-contained and trimmed. Each benchmark iteration is one launch of
/// the program, timed from the start of the process until its first driver call has returned: the line the sample
/// prints right after the generated chain (validation, tracking, the report driver, and through it the file and shell
/// drivers) completes its first call. That covers runtime start-up, building the DI container, resolving the chain and,
/// for the JIT builds, compiling everything on that path. The rest of the run (the other calls, the mock, the Docker
/// step) happens outside the timed part, in the iteration's clean-up. Before the iterations, the global set-up
/// publishes the build and measures its size on disk and, over ten whole runs, its peak resident set
/// (<see cref="PeakResidentSet"/>); the extra columns show those.
/// </summary>
[Config(typeof(StartupConfig))]
public class AotSampleStartupBenchmarks
{
    /// <summary>Whole runs whose peak resident set is measured, per build.</summary>
    public const int PeakMemoryRuns = 10;

    private const string FirstDriverCallMarker = "report: ";

    private SampleBuild _build = SampleBuild.FrameworkDependent;
    private Process? _running;

    [GlobalSetup(Target = nameof(Jit_framework_dependent))]
    public Task SetupFrameworkDependentAsync() => SetupAsync(SampleBuild.FrameworkDependent, nameof(Jit_framework_dependent));

    [GlobalSetup(Target = nameof(Jit_self_contained_trimmed))]
    public Task SetupSelfContainedTrimmedAsync() => SetupAsync(SampleBuild.SelfContainedTrimmed, nameof(Jit_self_contained_trimmed));

    [GlobalSetup(Target = nameof(Native_AOT))]
    public Task SetupNativeAsync() => SetupAsync(SampleBuild.Native, nameof(Native_AOT));

    [Benchmark(Baseline = true, Description = "JIT, framework-dependent")]
    public Task<string> Jit_framework_dependent() => StartUntilFirstDriverCallAsync();

    [Benchmark(Description = "JIT, self-contained, trimmed")]
    public Task<string> Jit_self_contained_trimmed() => StartUntilFirstDriverCallAsync();

    [Benchmark(Description = "Native AOT")]
    public Task<string> Native_AOT() => StartUntilFirstDriverCallAsync();

    /// <summary>Lets the run finish, untimed, and fails the benchmark if the program did not succeed.</summary>
    [IterationCleanup]
    public void WaitForTheRunToFinish()
    {
        using var running = _running ?? throw new InvalidOperationException("No run was started.");
        _running = null;
        running.StandardOutput.ReadToEnd();
        running.WaitForExit();
        if (running.ExitCode != 0)
        {
            throw new InvalidOperationException($"{_build.Executable} exited with {running.ExitCode}.");
        }
    }

    private async Task SetupAsync(SampleBuild build, string benchmark)
    {
        _build = build;
        await build.PublishAsync();
        var peaks = await PeakResidentSet.MeasureAsync(build.Executable, PeakMemoryRuns);
        new AotSampleMeasurements(build.PublishedBytes(), build.BytesToRun(), peaks).Save(benchmark);
    }

    private async Task<string> StartUntilFirstDriverCallAsync()
    {
        _running = Process.Start(new ProcessStartInfo(_build.Executable) { UseShellExecute = false, RedirectStandardOutput = true })!;
        while (await _running.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(FirstDriverCallMarker, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"{_build.Executable} ended before its first driver call returned.");
    }

    private sealed class StartupConfig : ManualConfig
    {
        public StartupConfig()
        {
            // One launch per iteration: a process start cannot be repeated inside one measurement.
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(40).WithInvocationCount(1).WithUnrollFactor(1));

            // Process starts on a shared machine have a long tail: the median is the figure to compare.
            AddColumn(StatisticColumn.Median);
            AddColumn(new AotSampleColumn(AotSampleColumn.Measure.PublishedSize));
            AddColumn(new AotSampleColumn(AotSampleColumn.Measure.SizeToRun));
            AddColumn(new AotSampleColumn(AotSampleColumn.Measure.PeakMemory));
            AddColumn(new AotSampleColumn(AotSampleColumn.Measure.PeakMemoryRange));
        }
    }
}
