using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Toolkit.Decorators.Tests.Prototype;

namespace Toolkit.Decorators.Tests.Support;

/// <summary>Records, in order, which instances were disposed and how.</summary>
public sealed class DisposalLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToArray();

    public void Add(string entry) => _entries.Enqueue(entry);
}

/// <summary>A dependency the implementations take from the container; each instance has its own id.</summary>
public sealed class SampleDependency
{
    private static int s_next;

    public int Id { get; } = Interlocked.Increment(ref s_next);
}

/// <summary>An implementation with container dependencies and synchronous disposal.</summary>
[DriverImplementation]
public sealed partial class LocalSampleDriver : FakeSampleDriver, IDisposable, IAsyncDisposable
{
    private static int s_next;

    public LocalSampleDriver(SampleDependency dependency, DisposalLog disposals)
    {
        Dependency = dependency;
        Disposals = disposals;
        Name = "local#" + Interlocked.Increment(ref s_next);
    }

    // Fewer parameters: never chosen while a longer constructor exists.
    public LocalSampleDriver(SampleDependency dependency)
        : this(dependency, new DisposalLog())
    {
    }

    public SampleDependency Dependency { get; }

    public DisposalLog Disposals { get; }

    public void Dispose() => Disposals.Add(Name + ":Dispose");

    public ValueTask DisposeAsync()
    {
        Disposals.Add(Name + ":DisposeAsync");
        return ValueTask.CompletedTask;
    }
}

/// <summary>An implementation that is keyed: it receives its key and a keyed dependency, and disposes only asynchronously.</summary>
[DriverImplementation]
public sealed partial class DockerSampleDriver : FakeSampleDriver, IAsyncDisposable
{
    public DockerSampleDriver([ServiceKey] string key, [FromKeyedServices("docker")] SampleDependency dependency, DisposalLog disposals, int retries = 3)
    {
        Name = "docker:" + key;
        Dependency = dependency;
        Disposals = disposals;
        Retries = retries;
    }

    public SampleDependency Dependency { get; }

    public DisposalLog Disposals { get; }

    public int Retries { get; }

    public ValueTask DisposeAsync()
    {
        Disposals.Add(Name + ":DisposeAsync");
        return ValueTask.CompletedTask;
    }
}
