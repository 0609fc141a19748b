using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Toolkit.Docker.Containers;
using Toolkit.Docker;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// A whole lifecycle of busybox <c>true</c> (create, start, wait, logs, remove): the driver's RunAsync,
/// the same five requests sent by hand with HttpClient (target ≤ 1.05×), and <c>docker run --rm</c>
/// through the CLI (target: no slower). Each invocation takes a few hundred milliseconds of engine time,
/// so every iteration is one run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30)]
public class ContainerLifecycleBenchmarks
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private DockerDriver _driver = null!;
    private HttpClient _raw = null!;
    private string _image = "";
    private byte[] _createBody = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _driver = DockerDriver.Create(new DockerDriverOptions { SessionName = "tk-bench-lifecycle" });
        _image = await BenchmarkImage.ImportAsync(_driver);
        _raw = RawDockerClient.Create();

        // The raw requests create exactly what the driver creates: same command, labels and security options.
        var labels = string.Join(",", _driver.SessionLabels.Select(l => $"\"{l.Key}\":\"{l.Value}\""));
        _createBody = Encoding.UTF8.GetBytes(
            "{\"Image\":\"" + _image + "\",\"Cmd\":[\"true\"],\"Labels\":{" + labels + "},\"AttachStdout\":true,\"AttachStderr\":true,"
            + "\"HostConfig\":{\"SecurityOpt\":[\"no-new-privileges:true\"],\"CapDrop\":[\"ALL\"]}}");
        await _driver.PingAsync();
        await _raw.GetStringAsync("/_ping");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _driver.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient: create, wait, start, logs, remove")]
    public async Task<int> RawHttpClient()
    {
        using var create = new ByteArrayContent(_createBody);
        create.Headers.ContentType = Json;
        using var created = await _raw.PostAsync("/v1.41/containers/create", create);
        created.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await created.Content.ReadAsStreamAsync());
        var id = document.RootElement.GetProperty("Id").GetString()!;

        using var wait = await _raw.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/v1.41/containers/{id}/wait?condition=next-exit"), HttpCompletionOption.ResponseHeadersRead);
        wait.EnsureSuccessStatusCode();
        using (var start = await _raw.PostAsync($"/v1.41/containers/{id}/start", null))
        {
            start.EnsureSuccessStatusCode();
        }

        using var exit = JsonDocument.Parse(await wait.Content.ReadAsStreamAsync());
        var logs = await _raw.GetByteArrayAsync($"/v1.41/containers/{id}/logs?stdout=1&stderr=1");
        using (var removed = await _raw.DeleteAsync($"/v1.41/containers/{id}?force=1&v=1"))
        {
            removed.EnsureSuccessStatusCode();
        }

        return exit.RootElement.GetProperty("StatusCode").GetInt32() + logs.Length;
    }

    [Benchmark(Description = "IContainerDriver.RunAsync")]
    public async Task<int> Driver()
    {
        var result = await _driver.Containers.RunAsync(new ContainerConfig { Image = _image, Command = ["true"] });
        return result.ExitCode + result.StandardOutputBytes.Length;
    }

    [Benchmark(Description = "docker run --rm (CLI)")]
    public Task<long> DockerCli() => ExternalTool.RunAsync("docker", "run", "--rm", "--cap-drop", "ALL", "--security-opt", "no-new-privileges", _image, "true");
}
