using System.Reflection;
using System.Runtime.Loader;

namespace Toolkit.Benchmarks.Docker;

/// <summary>
/// Loads Docker.DotNet.Enhanced (through Toolkit.Benchmarks.EnhancedClient) into a load context of its own: its
/// assembly is named Docker.DotNet, like Docker.DotNet's, which this project references. The benchmark binds to the
/// client's methods once, as delegates of framework types, so the timed calls go through no reflection.
/// </summary>
internal sealed class EnhancedClientLoader : IDisposable
{
    private readonly IDisposable _client;

    public EnhancedClientLoader(string endpoint)
    {
        var path = typeof(EnhancedClientLoader).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "EnhancedClientPath").Value
            ?? throw new InvalidOperationException("The build did not record where Toolkit.Benchmarks.EnhancedClient.dll is.");
        var context = new IsolatedContext(path);
        var type = context.LoadFromAssemblyPath(path).GetType("Toolkit.Benchmarks.EnhancedClient.EnhancedDockerClient", throwOnError: true)!;
        _client = (IDisposable)Activator.CreateInstance(type, endpoint)!;
        ListContainersAsync = type.GetMethod("ListContainersAsync")!.CreateDelegate<Func<string, Task<int>>>(_client);
        InspectContainerAsync = type.GetMethod("InspectContainerAsync")!.CreateDelegate<Func<string, Task<string>>>(_client);
    }

    public Func<string, Task<int>> ListContainersAsync { get; }

    public Func<string, Task<string>> InspectContainerAsync { get; }

    public void Dispose() => _client.Dispose();

    // Resolves the plugin's own dependencies (Docker.DotNet of Enhanced, its handlers) from its folder; the framework
    // comes from the default context.
    private sealed class IsolatedContext(string pluginPath) : AssemblyLoadContext("Docker.DotNet.Enhanced")
    {
        private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
