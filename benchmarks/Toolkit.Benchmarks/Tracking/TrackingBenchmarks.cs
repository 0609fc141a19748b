using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Castle.DynamicProxy;
using Toolkit.Tracking;

namespace Toolkit.Benchmarks.Tracking;

/// <summary>
/// The cost of the generated tracking decorator on a cheap synchronous call, against a direct call and a Castle
/// DynamicProxy interceptor that does the same timing (a Stopwatch around the call, one histogram record).
/// </summary>
[MemoryDiagnoser]
public class TrackingBenchmarks
{
    private IBenchDriver _direct = null!;
    private IBenchDriver _unobserved = null!;
    private IBenchDriver _sampled = null!;
    private IBenchDriver _withSink = null!;
    private IBenchDriver _castle = null!;
    private ActivityListener? _listener;
    private readonly int _left = 20;
    private readonly int _right = 22;

    // Each benchmark runs in its own process, so the listener attached here observes only its own benchmark.
    [GlobalSetup(Target = nameof(Decorator_ActivityListener_sampling_all))]
    public void SetupWithListener()
    {
        Setup();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TrackingBenchDriver.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [GlobalSetup(Targets = [nameof(Direct_call), nameof(Decorator_nobody_listening), nameof(Decorator_InMemoryCallSink), nameof(Castle_interceptor_timing), nameof(Decorator_nobody_listening_ValueTask)])]
    public void Setup()
    {
        var inner = new BenchDriver();
        _direct = inner;
        _unobserved = new TrackingBenchDriver(inner);
        _sampled = new TrackingBenchDriver(inner);
        _withSink = new TrackingBenchDriver(inner, new InMemoryCallSink(), null, null);
        _castle = new ProxyGenerator().CreateInterfaceProxyWithTarget<IBenchDriver>(inner, new TimingInterceptor());
    }

    [GlobalCleanup]
    public void Cleanup() => _listener?.Dispose();

    [Benchmark(Baseline = true)]
    public int Direct_call() => _direct.Add(_left, _right);

    [Benchmark]
    public int Decorator_nobody_listening() => _unobserved.Add(_left, _right);

    [Benchmark]
    public int Decorator_ActivityListener_sampling_all() => _sampled.Add(_left, _right);

    [Benchmark]
    public int Decorator_InMemoryCallSink() => _withSink.Add(_left, _right);

    [Benchmark]
    public int Castle_interceptor_timing() => _castle.Add(_left, _right);

    [Benchmark]
    public int Decorator_nobody_listening_ValueTask() => _unobserved.GetAsync(_left, CancellationToken.None).Result;

    /// <summary>What a hand-rolled Castle tracking interceptor does: time the call and record it in a histogram.</summary>
    private sealed class TimingInterceptor : IInterceptor
    {
        private static readonly Meter s_meter = new("Toolkit.Benchmarks.Castle");
        private static readonly Histogram<double> s_duration = s_meter.CreateHistogram<double>("castle.duration", "s");

        public void Intercept(IInvocation invocation)
        {
            long start = Stopwatch.GetTimestamp();
            invocation.Proceed();
            s_duration.Record(
                Stopwatch.GetElapsedTime(start).TotalSeconds,
                new KeyValuePair<string, object?>("toolkit.driver.name", "bench"),
                new KeyValuePair<string, object?>("toolkit.driver.operation", invocation.Method.Name));
        }
    }
}
