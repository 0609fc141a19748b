using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Castle.DynamicProxy;
using Toolkit.Tracking;

namespace Toolkit.Benchmarks.Tracking;

/// <summary>
/// The generated tracking decorator on a cheap synchronous call: against a direct call, with nobody listening, with an
/// ActivityListener sampling everything, with a MeterListener on the histogram, with the in-memory sink, and against a
/// Castle DynamicProxy interceptor that does the same timing (Stopwatch around the call, one histogram record).
/// </summary>
[MemoryDiagnoser]
public class TrackingBenchmarks
{
    private IBenchDriver _direct = null!;
    private IBenchDriver _decorator = null!;
    private IBenchDriver _withSink = null!;
    private IBenchDriver _castle = null!;
    private ActivityListener? _activityListener;
    private MeterListener? _meterListener;
    private readonly int _left = 20;
    private readonly int _right = 22;

    // Each benchmark runs in its own process, so a listener attached in a targeted setup observes only its benchmark.
    [GlobalSetup(Targets = [nameof(Direct_call), nameof(Decorator_nobody_listening), nameof(Decorator_nobody_listening_ValueTask), nameof(Decorator_InMemoryCallSink), nameof(Castle_interceptor_timing)])]
    public void Setup()
    {
        var inner = new BenchDriver();
        _direct = inner;
        _decorator = new TrackingBenchDriver(inner);
        _withSink = new TrackingBenchDriver(inner, new InMemoryCallSink());
        _castle = new ProxyGenerator().CreateInterfaceProxyWithTarget<IBenchDriver>(inner, new TimingInterceptor());
    }

    [GlobalSetup(Target = nameof(Decorator_ActivityListener_sampling_all))]
    public void SetupActivityListener()
    {
        Setup();
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TrackingBenchDriver.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activityListener);
    }

    [GlobalSetup(Target = nameof(Decorator_MeterListener))]
    public void SetupMeterListener()
    {
        Setup();
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TrackingBenchDriver.TelemetryName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _meterListener.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activityListener?.Dispose();
        _meterListener?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int Direct_call() => _direct.Add(_left, _right);

    [Benchmark]
    public int Decorator_nobody_listening() => _decorator.Add(_left, _right);

    [Benchmark]
    public int Decorator_nobody_listening_ValueTask() => _decorator.GetAsync(_left, CancellationToken.None).Result;

    [Benchmark]
    public int Decorator_ActivityListener_sampling_all() => _decorator.Add(_left, _right);

    [Benchmark]
    public int Decorator_MeterListener() => _decorator.Add(_left, _right);

    [Benchmark]
    public int Decorator_InMemoryCallSink() => _withSink.Add(_left, _right);

    [Benchmark]
    public int Castle_interceptor_timing() => _castle.Add(_left, _right);

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
                new KeyValuePair<string, object?>(TrackingTelemetryNames.DriverTag, "bench"),
                new KeyValuePair<string, object?>(TrackingTelemetryNames.OperationTag, invocation.Method.Name));
        }
    }
}
