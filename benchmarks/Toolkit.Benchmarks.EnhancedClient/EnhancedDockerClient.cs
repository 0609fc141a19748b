using Docker.DotNet;
using Docker.DotNet.Models;

namespace Toolkit.Benchmarks.EnhancedClient;

/// <summary>
/// The calls the benchmarks time, made with Docker.DotNet.Enhanced. Only framework types cross the load-context
/// boundary (strings, <see cref="Task"/>s), so the benchmark binds to these methods with delegates.
/// </summary>
public sealed class EnhancedDockerClient : IDisposable
{
    private readonly DockerClient _client;

    public EnhancedDockerClient(string endpoint)
    {
        _client = new DockerClientBuilder().WithEndpoint(new Uri(endpoint)).Build();
    }

    /// <summary>Lists the containers, stopped ones too, that carry <paramref name="label"/> (<c>key=value</c>), and returns how many there are.</summary>
    public async Task<int> ListContainersAsync(string label) =>
        (await _client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [label] = true } },
        }).ConfigureAwait(false)).Count;

    /// <summary>Inspects a container and returns its name.</summary>
    public async Task<string> InspectContainerAsync(string id) =>
        (await _client.Containers.InspectContainerAsync(id).ConfigureAwait(false)).Name;

    public void Dispose() => _client.Dispose();
}
