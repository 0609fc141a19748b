using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Toolkit.Benchmarks.Tracking;
using Toolkit.Tracking;

namespace Toolkit.Benchmarks.Di;

[MemoryDiagnoser]
public class DiBenchmarks
{
    private ServiceProvider _handBare = null!;
    private ServiceProvider _handFull = null!;
    private ServiceProvider _generated3 = null!;
    private ServiceProvider _generatedBundle = null!;
    private ServiceProvider _scrutor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handBare = Base().AddTransient<IBenchDriver>(sp => new TrackingBenchDriver(new DiBenchDriver(sp.GetRequiredService<DiDependency>()))).BuildServiceProvider();
        _handFull = Base().AddTransient<IBenchDriver>(sp => new TrackingBenchDriver(new DiBenchDriver(sp.GetRequiredService<DiDependency>()), sp.GetService<ICallSink>(), sp.GetService<ILogger<TrackingBenchDriver>>(), sp.GetService<TimeProvider>())).BuildServiceProvider();
        _generated3 = Base().AddBenchDriverThreeLookups<DiBenchDriver>(ServiceLifetime.Transient).BuildServiceProvider();
        _generatedBundle = Base().AddBenchDriverBundle<DiBenchDriver>(ServiceLifetime.Transient).BuildServiceProvider();
        var scrutor = Base().AddTransient<IBenchDriver, DiBenchDriver>();
        scrutor.Decorate<IBenchDriver, TrackingBenchDriver>();
        _scrutor = scrutor.BuildServiceProvider();
    }

    private static IServiceCollection Base() => new ServiceCollection().AddSingleton<DiDependency>();

    [Benchmark(Baseline = true)]
    public IBenchDriver Hand_bare() => _handBare.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Hand_full() => _handFull.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Generated_three_lookups() => _generated3.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Generated_bundle() => _generatedBundle.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Scrutor() => _scrutor.GetRequiredService<IBenchDriver>();
}
