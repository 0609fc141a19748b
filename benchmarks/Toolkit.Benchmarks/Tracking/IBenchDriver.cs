namespace Toolkit.Benchmarks.Tracking;

/// <summary>A driver-like interface for the tracking comparison: a cheap synchronous call, so overhead dominates.</summary>
public interface IBenchDriver
{
    int Add(int left, int right);

    ValueTask<int> GetAsync(int key, CancellationToken cancellationToken);
}

public sealed class BenchDriver : IBenchDriver
{
    public int Add(int left, int right) => left + right;

    public ValueTask<int> GetAsync(int key, CancellationToken cancellationToken) => new(key);
}
