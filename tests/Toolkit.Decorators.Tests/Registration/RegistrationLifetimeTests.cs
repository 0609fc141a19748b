using Microsoft.Extensions.DependencyInjection;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Registration;

public sealed class RegistrationLifetimeTests
{
    [Fact]
    public void The_default_lifetime_is_singleton()
    {
        var services = Services().AddSampleDriver<LocalSampleDriver>();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(ISampleDriver));

        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void A_singleton_is_one_decorated_chain_for_the_whole_container()
    {
        using var provider = Services().AddSampleDriver<LocalSampleDriver>(ServiceLifetime.Singleton).BuildServiceProvider(Validate);
        using var scope = provider.CreateScope();

        var root = provider.GetRequiredService<ISampleDriver>();
        var scoped = scope.ServiceProvider.GetRequiredService<ISampleDriver>();

        Assert.Same(root, scoped);
        Assert.IsType<TrackingSampleDriver>(root);
    }

    [Fact]
    public void A_scoped_registration_gives_one_chain_per_scope()
    {
        using var provider = Services().AddSampleDriver<LocalSampleDriver>(ServiceLifetime.Scoped).BuildServiceProvider(Validate);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        var a1 = first.ServiceProvider.GetRequiredService<ISampleDriver>();
        var a2 = first.ServiceProvider.GetRequiredService<ISampleDriver>();
        var b = second.ServiceProvider.GetRequiredService<ISampleDriver>();

        Assert.Same(a1, a2);
        Assert.NotSame(a1, b);
        Assert.NotEqual(a1.Name, b.Name);
    }

    [Fact]
    public void A_transient_registration_builds_a_new_chain_and_implementation_every_time()
    {
        using var provider = Services().AddSampleDriver<LocalSampleDriver>(ServiceLifetime.Transient).BuildServiceProvider(Validate);

        var first = provider.GetRequiredService<ISampleDriver>();
        var second = provider.GetRequiredService<ISampleDriver>();

        Assert.NotSame(first, second);
        Assert.NotEqual(first.Name, second.Name);
    }

    [Fact]
    public void The_implementation_gets_its_dependencies_from_the_container()
    {
        var dependency = new SampleDependency();
        var services = new ServiceCollection().AddSingleton(dependency).AddSingleton<DisposalLog>();
        using var provider = services.AddSampleDriver<LocalSampleDriver>(decorators: DriverDecorators.None).BuildServiceProvider(Validate);

        var driver = Assert.IsType<LocalSampleDriver>(provider.GetRequiredService<ISampleDriver>());

        Assert.Same(dependency, driver.Dependency);
    }

    [Fact]
    public void A_scoped_dependency_of_a_singleton_is_refused_by_scope_validation()
    {
        var services = new ServiceCollection().AddScoped<SampleDependency>().AddSingleton<DisposalLog>();
        using var provider = services.AddSampleDriver<LocalSampleDriver>(ServiceLifetime.Singleton).BuildServiceProvider(Validate);

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ISampleDriver>());
    }

    [Fact]
    public void A_missing_dependency_fails_resolution_naming_it()
    {
        using var provider = new ServiceCollection().AddSingleton<DisposalLog>().AddSampleDriver<LocalSampleDriver>().BuildServiceProvider(Validate);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ISampleDriver>());

        Assert.Contains(nameof(SampleDependency), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracking_in_the_container_uses_the_registered_sink()
    {
        var sink = new InMemoryCallSink();
        using var provider = Services().AddSingleton<ICallSink>(sink).AddSampleDriver<LocalSampleDriver>().BuildServiceProvider(Validate);

        provider.GetRequiredService<ISampleDriver>().Echo("via DI");

        Assert.Equal("via DI", Assert.Single(sink.Calls).Arguments["text"]);
    }

    [Fact]
    public void Switching_tracking_off_registers_the_bare_implementation()
    {
        using var provider = Services().AddSampleDriver<LocalSampleDriver>(decorators: DriverDecorators.None).BuildServiceProvider(Validate);

        Assert.IsType<LocalSampleDriver>(provider.GetRequiredService<ISampleDriver>());
    }

    [Fact]
    public void A_factory_registration_is_decorated_and_called_once_per_lifetime()
    {
        int calls = 0;
        using var provider = new ServiceCollection()
            .AddSampleDriver(_ => { calls++; return new FakeSampleDriver { Name = "from factory" }; }, ServiceLifetime.Scoped)
            .BuildServiceProvider(Validate);
        using var scope = provider.CreateScope();

        var driver = scope.ServiceProvider.GetRequiredService<ISampleDriver>();
        _ = scope.ServiceProvider.GetRequiredService<ISampleDriver>();

        Assert.IsType<TrackingSampleDriver>(driver);
        Assert.Equal("from factory", driver.Name);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Registering_twice_appends_the_last_wins_for_one_service_and_all_are_enumerated_in_order()
    {
        using var provider = Services()
            .AddSampleDriver(_ => new FakeSampleDriver { Name = "first" })
            .AddSampleDriver(_ => new FakeSampleDriver { Name = "second" })
            .BuildServiceProvider(Validate);

        Assert.Equal("second", provider.GetRequiredService<ISampleDriver>().Name);
        Assert.Equal(["first", "second"], provider.GetServices<ISampleDriver>().Select(d => d.Name));
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => SampleDriverServiceCollectionExtensions.AddSampleDriver<LocalSampleDriver>(null!)).ParamName);
        Assert.Equal("implementationFactory", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSampleDriver((Func<IServiceProvider, ISampleDriver>)null!)).ParamName);
    }

    internal static IServiceCollection Services()
        => new ServiceCollection().AddSingleton<SampleDependency>().AddSingleton<DisposalLog>();

    internal static readonly ServiceProviderOptions Validate = new() { ValidateScopes = true, ValidateOnBuild = true };
}
