using BenchmarkDotNet.Attributes;
using Toolkit.Files;

namespace Toolkit.Benchmarks.Files;

/// <summary>
/// Finding the 50,000 <c>*.txt</c> files among 100,000 in 1,100 directories: the file driver's
/// <c>**/*.txt</c> against <c>find -name '*.txt'</c>, bash's own globstar, and
/// <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/>. Target: at most 1.5x find's time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class FileGlobBenchmarks
{
    private FileDriver _driver = null!;
    private string _root = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _root = BenchmarkFiles.HundredThousandFiles();
        _driver = new FileDriver(new FileDriverOptions { Root = _root });
    }

    [Benchmark(Baseline = true)]
    public Task<long> find() => ExternalTool.RunAsync("find", _root, "-name", "*.txt");

    [Benchmark]
    public async Task<int> FileDriver_GlobAsync() => (await _driver.GlobAsync("**/*.txt")).Count;

    [Benchmark]
    public Task<long> bash_globstar() => ExternalTool.RunAsync("bash", "-O", "globstar", "-O", "nullglob", "-c", $"cd '{_root}' && printf '%s\\n' **/*.txt");

    [Benchmark]
    public int Directory_EnumerateFiles() => Directory.EnumerateFiles(_root, "*.txt", SearchOption.AllDirectories).Count();
}
