using System.Formats.Tar;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Toolkit.Docker;
using Toolkit.Docker.Images;
using Toolkit.Errors;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// Pulling a one-layer image of about 5 MB (4 MiB of random bytes, 4.2 MB compressed) from a registry on 127.0.0.1
/// into an engine that does not have it: the driver's PullAsync against <c>docker pull</c> (target ≤ 1.0× its wall
/// time). Before each pull the image is removed, layer and all, so every pull downloads, unpacks and registers it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class ImagePullBenchmarks
{
    private DockerDriver _driver = null!;
    private BenchmarkRegistry _registry = null!;
    private string _image = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _driver = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-bench-pull" });
        _registry = await BenchmarkRegistry.StartAsync();
        try
        {
            var tar = new MemoryStream();
            await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
            {
                using var payload = new MemoryStream(RandomNumberGenerator.GetBytes(4 * 1024 * 1024));
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "data/blob") { DataStream = payload });
            }

            tar.Position = 0;
            var local = await _driver.Images.ImportAsync(tar, new ImageImportOptions { Repository = "toolkit-docker-bench-pull", Tag = _driver.SessionId[^8..] });
            _image = $"{_registry.Address}/toolkit-bench/pull:1";
            await _driver.Images.TagAsync(local.Id, _image);
            await _driver.Images.PushAsync(_image);
            await _driver.Images.RemoveAsync(local.Id, new ImageRemoveOptions { Force = true });
        }
        catch
        {
            // BenchmarkDotNet does not clean up after a failed set-up.
            await CleanupAsync();
            throw;
        }
    }

    [IterationSetup]
    public void RemovePulledImage()
    {
        // BenchmarkDotNet runs iteration set-up synchronously; the wait is outside the measurement.
        try
        {
            _driver.Images.RemoveAsync(_image, new ImageRemoveOptions { Force = true }).GetAwaiter().GetResult();
        }
        catch (ImageNotFoundException)
        {
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_image.Length > 0)
        {
            RemovePulledImage();
        }

        await _driver.DisposeAsync();
        await _registry.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "docker pull (the CLI)")]
    public Task<long> DockerCli() => ExternalTool.RunAsync("docker", "pull", _image);

    [Benchmark(Description = "IImageDriver.PullAsync")]
    public Task<PulledImage> Driver() => _driver.Images.PullAsync(_image);
}
