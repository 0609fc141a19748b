using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Toolkit.Files;

namespace Toolkit.Benchmarks.Files;

/// <summary>
/// Copying a 1 GiB file (source in the page cache) to a new file on the same file system: the file driver
/// (atomic, not flushed, as <c>cp</c>) against <c>cp</c> and <see cref="File.Copy(string, string)"/>.
/// Target: at least 0.9x cp's throughput.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 15)]
public class FileCopyBenchmarks
{
    private readonly FileDriver _driver = new();
    private string _source = string.Empty;
    private string _destination = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _source = BenchmarkFiles.OneGiBFile();
        _destination = Path.Combine(BenchmarkFiles.Directory, "copy.bin");
    }

    /// <summary>
    /// Every contender writes a new file, as a fresh copy would, and starts with no dirty pages from the previous
    /// iteration: without the sync, the kernel's writeback of the last copy lands on whichever contender runs next.
    /// </summary>
    [IterationSetup]
    public void RemoveDestination()
    {
        File.Delete(_destination);
        ExternalTool.RunAsync("sync").GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<long> cp() => ExternalTool.RunAsync("cp", _source, _destination);

    [Benchmark]
    public Task FileDriver_CopyAsync() => _driver.CopyAsync(_source, _destination);

    [Benchmark]
    public void File_Copy() => File.Copy(_source, _destination);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_destination);
}
