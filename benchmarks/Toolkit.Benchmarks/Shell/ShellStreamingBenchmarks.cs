using System.Buffers;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Toolkit.Shell;

namespace Toolkit.Benchmarks.Shell;

/// <summary>
/// Streaming 1 GiB through a child's stdout (<c>dd if=/dev/zero bs=1M count=1024</c>). Targets: at least 1 GB/s
/// and at most 64 MB peak memory. Peak memory is the benchmark process's peak resident set (VmHWM) during one
/// iteration: the kernel's high-water mark is reset through <c>/proc/self/clear_refs</c> before each iteration
/// and read after it; the columns show the peak and its growth over the resident set at the iteration's start.
/// A second job caps the GC's gen0 budget at 4 MiB (<c>DOTNET_GCgen0size</c>) to separate what the driver holds
/// (bounded: a 16-event queue of at most 64 KiB chunks, a 64 KiB read buffer, a pipe of at most 1 MiB) from garbage
/// the GC has not collected yet (each chunk is a fresh array the caller owns).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(StreamingConfig))]
public class ShellStreamingBenchmarks
{
    /// <summary>Bytes streamed per operation.</summary>
    public const long StreamedBytes = 1L << 30;

    private readonly ShellDriver _shell = new();
    private readonly ShellCommand _dd = new("dd", "if=/dev/zero", "bs=1M", "count=1024", "status=none");
    private readonly ProcessStartInfo _ddProcess = new("dd", ["if=/dev/zero", "bs=1M", "count=1024", "status=none"]) { UseShellExecute = false, RedirectStandardOutput = true };
    private readonly PeakMemoryProbe _memory = new();

    [IterationSetup]
    public void StartMeasuringMemory() => _memory.Start();

    [IterationCleanup]
    public void StopMeasuringMemory() => _memory.Stop();

    [GlobalCleanup(Target = nameof(ShellDriver_StreamChunksAsync))]
    public void SaveDriverMemory() => _memory.Save(nameof(ShellDriver_StreamChunksAsync));

    [GlobalCleanup(Target = nameof(Process_BaseStream_ReadAsync))]
    public void SaveProcessMemory() => _memory.Save(nameof(Process_BaseStream_ReadAsync));

    /// <summary>Reading the raw stdout stream of a <see cref="Process"/> with a 64 KiB buffer: the floor to compare with.</summary>
    [Benchmark(Baseline = true)]
    public async Task<long> Process_BaseStream_ReadAsync()
    {
        using var process = Process.Start(_ddProcess)!;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long total = 0;
        int read;
        while ((read = await process.StandardOutput.BaseStream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        ArrayPool<byte>.Shared.Return(buffer);
        await process.WaitForExitAsync();
        return Check(total);
    }

    /// <summary>The driver's chunk stream: every chunk is a fresh, caller-owned <see cref="OutputChunk"/>.</summary>
    [Benchmark]
    public async Task<long> ShellDriver_StreamChunksAsync()
    {
        long total = 0;
        await foreach (var item in _shell.StreamChunksAsync(_dd))
        {
            if (item is OutputChunk chunk)
            {
                total += chunk.Data.Length;
            }
        }

        return Check(total);
    }

    private static long Check(long total) =>
        total == StreamedBytes ? total : throw new InvalidOperationException($"Streamed {total} bytes instead of {StreamedBytes}.");

    private sealed class StreamingConfig : ManualConfig
    {
        public StreamingConfig()
        {
            AddJob(Job.Default.WithId("Default GC"));
            AddJob(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x400000")).WithId("Gen0 4 MiB"));
            AddColumn(new ThroughputColumn(StreamedBytes));
            AddColumn(new PeakMemoryColumn(PeakMemoryColumn.Measure.Peak));
            AddColumn(new PeakMemoryColumn(PeakMemoryColumn.Measure.Growth));
        }
    }
}
