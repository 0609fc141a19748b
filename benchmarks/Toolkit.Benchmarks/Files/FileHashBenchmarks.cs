using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Toolkit.Files;

namespace Toolkit.Benchmarks.Files;

/// <summary>
/// SHA-256 of a 1 GiB file (in the page cache): the file driver against <c>sha256sum</c>, and against the
/// plain .NET way (a FileStream fed to IncrementalHash). Target: at least 0.9x sha256sum's throughput.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FileHashBenchmarks
{
    private readonly FileDriver _driver = new();
    private string _file = string.Empty;

    [GlobalSetup]
    public void Setup() => _file = BenchmarkFiles.OneGiBFile();

    [Benchmark(Baseline = true)]
    public Task<long> sha256sum() => ExternalTool.RunAsync("sha256sum", _file);

    [Benchmark]
    public async Task<string> FileDriver_HashFileAsync() => (await _driver.HashFileAsync(_file)).Hex;

    [Benchmark]
    public async Task<byte[]> FileStream_IncrementalHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, useAsync: true);
        byte[] buffer = new byte[1 << 20];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return hash.GetCurrentHash();
    }
}
