using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Toolkit.Docker;
using Toolkit.Docker.Containers;
using Classic = Docker.DotNet;
using ClassicModels = Docker.DotNet.Models;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// Listing containers by label (the five stopped ones this benchmark creates: other users of a shared engine do not
/// change the answer between rows) and inspecting one: the driver against Docker.DotNet 3.125.15 and
/// Docker.DotNet.Enhanced 4.4.1 on the same unix socket, in the same run (target: faster than both). Every client has
/// negotiated, connected and warmed up before the first measurement; each parses the whole answer into its own
/// typed records.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 40)]
public class DockerClientBenchmarks
{
    private const string Socket = "unix:///var/run/docker.sock";
    private const string Label = "bench=clients";
    private static readonly ContainerListOptions ByLabel = new() { IncludeStopped = true, Labels = new Dictionary<string, string?> { ["bench"] = "clients" } };
    private static readonly ClassicModels.ContainersListParameters ClassicByLabel = new()
    {
        All = true,
        Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [Label] = true } },
    };
    private DockerDriver _driver = null!;
    private Classic.DockerClient _classic = null!;
    private EnhancedClientLoader _enhanced = null!;
    private string _container = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _driver = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-bench-clients" });
        try
        {
            var image = await BenchmarkImage.ImportAsync(_driver);
            for (var i = 0; i < 5; i++)
            {
                var created = await _driver.Containers.CreateAsync(new ContainerConfig { Image = image, Command = ["true"], Labels = new Dictionary<string, string> { ["bench"] = "clients" } });
                _container = created.Id;
            }

            _classic = new Classic.DockerClientConfiguration(new Uri(Socket)).CreateClient();
            _enhanced = new EnhancedClientLoader(Socket);

            await Driver_list();
            await DockerDotNet_list();
            await DockerDotNetEnhanced_list();
            await Driver_inspect();
            await DockerDotNet_inspect();
            await DockerDotNetEnhanced_inspect();
        }
        catch
        {
            // BenchmarkDotNet does not clean up after a failed set-up: the session's containers and image go here.
            await _driver.DisposeAsync();
            throw;
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _classic.Dispose();
        _enhanced.Dispose();
        await _driver.DisposeAsync();
    }

    [BenchmarkCategory("List"), Benchmark(Baseline = true, Description = "IContainerDriver.ListAsync")]
    public async Task<int> Driver_list() => (await _driver.Containers.ListAsync(ByLabel)).Count;

    [BenchmarkCategory("List"), Benchmark(Description = "Docker.DotNet 3.125.15 ListContainersAsync")]
    public async Task<int> DockerDotNet_list() => (await _classic.Containers.ListContainersAsync(ClassicByLabel)).Count;

    [BenchmarkCategory("List"), Benchmark(Description = "Docker.DotNet.Enhanced 4.4.1 ListContainersAsync")]
    public Task<int> DockerDotNetEnhanced_list() => _enhanced.ListContainersAsync(Label);

    [BenchmarkCategory("Inspect"), Benchmark(Baseline = true, Description = "IContainerDriver.InspectAsync")]
    public async Task<string> Driver_inspect() => (await _driver.Containers.InspectAsync(_container)).Name;

    [BenchmarkCategory("Inspect"), Benchmark(Description = "Docker.DotNet 3.125.15 InspectContainerAsync")]
    public async Task<string> DockerDotNet_inspect() => (await _classic.Containers.InspectContainerAsync(_container)).Name;

    [BenchmarkCategory("Inspect"), Benchmark(Description = "Docker.DotNet.Enhanced 4.4.1 InspectContainerAsync")]
    public Task<string> DockerDotNetEnhanced_inspect() => _enhanced.InspectContainerAsync(_container);
}
