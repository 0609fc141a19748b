using BenchmarkDotNet.Attributes;
using Toolkit.Docker.Containers;
using Toolkit.Docker;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// Listing containers (five stopped ones on an otherwise empty engine): the driver against a raw HttpClient
/// request on the same socket (target ≤ 1.25×), and against running <c>docker ps</c> (target ≥ 10× faster).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class ContainerListBenchmarks
{
    private DockerDriver _driver = null!;
    private HttpClient _raw = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _driver = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-bench-list" });
        var image = await BenchmarkImage.ImportAsync(_driver);
        for (var i = 0; i < 5; i++)
        {
            await _driver.Containers.CreateAsync(new ContainerConfig { Image = image, Command = ["true"], Labels = new Dictionary<string, string> { ["bench"] = "list" } });
        }

        _raw = RawDockerClient.Create();

        // Both sides start with a negotiated version and an open pooled connection.
        await _driver.Containers.ListAsync(ContainerListOptions.All);
        await _raw.GetByteArrayAsync("/v1.41/containers/json?all=1");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _driver.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient GET /containers/json")]
    public Task<byte[]> RawHttpClient() => _raw.GetByteArrayAsync("/v1.41/containers/json?all=1");

    [Benchmark(Description = "IContainerDriver.ListAsync")]
    public Task<IReadOnlyList<ContainerSummary>> Driver() => _driver.Containers.ListAsync(ContainerListOptions.All);

    [Benchmark(Description = "docker ps -a (CLI)")]
    public Task<long> DockerCli() => ExternalTool.RunAsync("docker", "ps", "-a", "--no-trunc");
}
