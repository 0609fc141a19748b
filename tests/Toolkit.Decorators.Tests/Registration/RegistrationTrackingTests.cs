using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Registration;

/// <summary>The tracking decorator built by the registration takes its sink, logger and clock from the container.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class RegistrationTrackingTests
{
    [Fact]
    public void The_decorator_logs_through_the_container_under_its_own_category()
    {
        var provider = new RecordingLoggerProvider();
        using var services = Services()
            .AddLogging(builder => builder.AddProvider(provider).SetMinimumLevel(LogLevel.Debug))
            .AddSampleDriver<LocalSampleDriver>()
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        services.GetRequiredService<ISampleDriver>().Echo("hi");

        var entry = Assert.Single(provider.Entries);
        Assert.Equal(typeof(TrackingSampleDriver).FullName, entry.Category);
        Assert.Equal(LogLevel.Debug, entry.Level);
    }

    [Fact]
    public void The_decorator_uses_the_registered_time_provider()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var sink = new InMemoryCallSink();
        using var services = Services()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ICallSink>(sink)
            .AddSampleDriver(_ => new FakeSampleDriver { OnEcho = text => { clock.Advance(TimeSpan.FromSeconds(2)); return text; } })
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        services.GetRequiredService<ISampleDriver>().Echo("x");

        var call = Assert.Single(sink.Calls);
        Assert.Equal(clock.GetUtcNow().AddSeconds(-2), call.StartTime);
        Assert.Equal(TimeSpan.FromSeconds(2), call.Duration);
    }

    [Fact]
    public void Without_a_sink_logging_or_listeners_the_container_built_decorator_passes_calls_straight_through()
    {
        var pending = new TaskCompletionSource<int>();
        using var services = new ServiceCollection()
            .AddSampleDriver(_ => new FakeSampleDriver { OnCount = (_, _) => pending.Task })
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        var driver = services.GetRequiredService<ISampleDriver>();

        Assert.IsType<TrackingSampleDriver>(driver);
        Assert.Same(pending.Task, driver.CountAsync("x", CancellationToken.None));
    }

    private static IServiceCollection Services()
        => new ServiceCollection().AddSingleton<SampleDependency>().AddSingleton<DisposalLog>();
}
