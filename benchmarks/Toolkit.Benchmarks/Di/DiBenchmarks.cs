using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Toolkit.Benchmarks.Tracking;
using Toolkit.Tracking;

namespace Toolkit.Benchmarks.Di;

/// <summary>
/// Resolving the decorated chain validation → tracking → implementation (transient, so every resolution builds the
/// whole chain): the generated registration against Scrutor 5.0.2 <c>Decorate</c> and a hand-written factory. The
/// hand-written factory builds exactly what the generated one builds (the tracking decorator takes the sink, logger
/// and clock from the container when registered); a bare variant without those lookups is shown for reference.
/// </summary>
/// <remarks>
/// Decorators are disposable (they pass disposal on), so the container keeps every transient it resolves until its
/// scope ends. Each iteration therefore resolves from a fresh scope, disposed outside the measurement, which keeps
/// memory bounded; <see cref="InvocationCountAttribute"/> keeps iterations long enough to time nanoseconds.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(100_000)]
public class DiBenchmarks
{
    private ServiceProvider _handWritten = null!;
    private ServiceProvider _handWrittenBare = null!;
    private ServiceProvider _generated = null!;
    private ServiceProvider _scrutor = null!;
    private IServiceProvider _handWrittenScope = null!;
    private IServiceProvider _handWrittenBareScope = null!;
    private IServiceProvider _generatedScope = null!;
    private IServiceProvider _scrutorScope = null!;
    private readonly List<IServiceScope> _scopes = [];

    [GlobalSetup]
    public void Setup()
    {
        _handWritten = Base()
            .AddTransient<IBenchDriver>(sp => new ValidatingBenchDriver(new TrackingBenchDriver(
                new DiBenchDriver(sp.GetRequiredService<DiDependency>()),
                sp.GetService<ICallSink>(),
                sp.GetService<ILogger<TrackingBenchDriver>>(),
                sp.GetService<TimeProvider>())))
            .BuildServiceProvider();

        _handWrittenBare = Base()
            .AddTransient<IBenchDriver>(sp => new ValidatingBenchDriver(new TrackingBenchDriver(new DiBenchDriver(sp.GetRequiredService<DiDependency>()))))
            .BuildServiceProvider();

        _generated = Base().AddBenchDriver<DiBenchDriver>(ServiceLifetime.Transient).BuildServiceProvider();

        var scrutor = Base().AddTransient<IBenchDriver, DiBenchDriver>();
        scrutor.Decorate<IBenchDriver, TrackingBenchDriver>();
        scrutor.Decorate<IBenchDriver, ValidatingBenchDriver>();
        _scrutor = scrutor.BuildServiceProvider();

        // Every variant must build the same chain, or the comparison means nothing.
        foreach (var provider in new[] { _handWritten, _handWrittenBare, _generated, _scrutor })
        {
            if (provider.GetRequiredService<IBenchDriver>() is not ValidatingBenchDriver)
            {
                throw new InvalidOperationException("A variant does not resolve the decorated chain.");
            }
        }
    }

    [IterationSetup]
    public void OpenScopes()
    {
        _handWrittenScope = Open(_handWritten);
        _handWrittenBareScope = Open(_handWrittenBare);
        _generatedScope = Open(_generated);
        _scrutorScope = Open(_scrutor);
    }

    [IterationCleanup]
    public void CloseScopes()
    {
        foreach (var scope in _scopes)
        {
            scope.Dispose();
        }

        _scopes.Clear();
    }

    private IServiceProvider Open(ServiceProvider provider)
    {
        var scope = provider.CreateScope();
        _scopes.Add(scope);
        return scope.ServiceProvider;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _handWritten.Dispose();
        _handWrittenBare.Dispose();
        _generated.Dispose();
        _scrutor.Dispose();
    }

    private static IServiceCollection Base() => new ServiceCollection().AddSingleton<DiDependency>();

    [Benchmark(Baseline = true)]
    public IBenchDriver Hand_written_factory() => _handWrittenScope.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Generated_registration() => _generatedScope.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Scrutor_Decorate() => _scrutorScope.GetRequiredService<IBenchDriver>();

    [Benchmark]
    public IBenchDriver Hand_written_factory_bare() => _handWrittenBareScope.GetRequiredService<IBenchDriver>();
}
