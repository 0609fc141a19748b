using Toolkit.Benchmarks.Tracking;

namespace Toolkit.Benchmarks.Di;

/// <summary>A dependency the implementation takes from the container.</summary>
public sealed class DiDependency
{
}

/// <summary>The implementation the DI benchmarks resolve: one constructor dependency, constructor call generated.</summary>
[DriverImplementation]
public sealed partial class DiBenchDriver : IBenchDriver
{
    private readonly DiDependency _dependency;

    public DiBenchDriver(DiDependency dependency) => _dependency = dependency;

    public int Add(int left, int right) => left + right;

    public ValueTask<int> GetAsync(int key, CancellationToken cancellationToken) => new(key);
}
