// Temporary hand-written copy of the generator's output until registration is generated.
#nullable enable
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Toolkit.Benchmarks.Tracking;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Benchmarks.Di;

public sealed class DiDependency
{
}

public sealed class DiBenchDriver : IBenchDriver, IDriverActivator<DiBenchDriver>
{
    private readonly DiDependency _dependency;

    public DiBenchDriver(DiDependency dependency) => _dependency = dependency;

    public int Add(int left, int right) => left + right;

    public ValueTask<int> GetAsync(int key, CancellationToken cancellationToken) => new(key);

    static DiBenchDriver IDriverActivator<DiBenchDriver>.Create(IServiceProvider services, object? serviceKey)
        => new(ServiceProviderServiceExtensions.GetRequiredService<DiDependency>(services));
}

public static class BenchDriverServiceCollectionExtensions
{
    public static IServiceCollection AddBenchDriverThreeLookups<TImplementation>(this IServiceCollection services, ServiceLifetime lifetime)
        where TImplementation : class, IBenchDriver, IDriverActivator<TImplementation>
    {
        services.Add(new ServiceDescriptor(typeof(IBenchDriver), static sp => new TrackingBenchDriver(TImplementation.Create(sp, null), sp.GetService<ICallSink>(), sp.GetService<ILogger<TrackingBenchDriver>>(), sp.GetService<TimeProvider>()), lifetime));
        return services;
    }

    public static IServiceCollection AddBenchDriverBundle<TImplementation>(this IServiceCollection services, ServiceLifetime lifetime)
        where TImplementation : class, IBenchDriver, IDriverActivator<TImplementation>
    {
        services.Add(new ServiceDescriptor(typeof(Bundle), static sp => new Bundle(sp.GetService<ICallSink>(), sp.GetService<ILogger<TrackingBenchDriver>>(), sp.GetService<TimeProvider>()), ServiceLifetime.Singleton));
        services.Add(new ServiceDescriptor(typeof(IBenchDriver), static sp => Track(TImplementation.Create(sp, null), sp), lifetime));
        return services;
    }

    private static TrackingBenchDriver Track(IBenchDriver inner, IServiceProvider sp)
    {
        var b = sp.GetRequiredService<Bundle>();
        return new TrackingBenchDriver(inner, b.Sink, b.Logger, b.Time);
    }

    public sealed record Bundle(ICallSink? Sink, ILogger? Logger, TimeProvider? Time);
}
