using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;

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

/// <summary>
/// The implementation behind every tracking benchmark. Not inlined, like a real driver call, so the direct call is a
/// real call and every variant's overhead is measured against it.
/// </summary>
public sealed class BenchDriver : IBenchDriver
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int Add(int left, int right) => left + right;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public ValueTask<int> GetAsync(int key, CancellationToken cancellationToken) => new(key);
}
