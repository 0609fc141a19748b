using System.ComponentModel.DataAnnotations;

namespace Toolkit.Benchmarks.Tracking;

/// <summary>
/// A driver-like interface for the tracking and DI comparisons: a cheap synchronous call, so the decorator's own cost
/// dominates, and a ValueTask call that completes synchronously.
/// </summary>
[GenerateTracking(DriverName = "bench"), GenerateValidation, GenerateRegistration]
public partial interface IBenchDriver
{
    int Add(int left, int right);

    ValueTask<int> GetAsync([Range(0, 1_000_000)] int key, CancellationToken cancellationToken);
}

/// <summary>The implementation behind every tracking benchmark.</summary>
public sealed class BenchDriver : IBenchDriver
{
    public int Add(int left, int right) => left + right;

    public ValueTask<int> GetAsync(int key, CancellationToken cancellationToken) => new(key);
}
