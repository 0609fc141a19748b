using Microsoft.Extensions.DependencyInjection;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Registration;

namespace Toolkit.Decorators.Tests.Registration;

/// <summary>
/// The container disposes the outermost object of a chain; the decorators pass that on, so the implementation is
/// disposed exactly as if it had been registered on its own.
/// </summary>
public sealed class RegistrationDisposalTests
{
    [Fact]
    public void A_singleton_implementation_is_disposed_once_with_the_container()
    {
        var log = new DisposalLog();
        var provider = Services(log).AddSampleDriver<LocalSampleDriver>().BuildServiceProvider();
        var name = provider.GetRequiredService<ISampleDriver>().Name;

        provider.Dispose();

        Assert.Equal([name + ":Dispose"], log.Entries);
    }

    [Fact]
    public async Task Async_disposal_of_the_container_disposes_the_implementation_asynchronously()
    {
        var log = new DisposalLog();
        var provider = Services(log).AddSampleDriver<LocalSampleDriver>().BuildServiceProvider();
        var name = provider.GetRequiredService<ISampleDriver>().Name;

        await provider.DisposeAsync();

        Assert.Equal([name + ":DisposeAsync"], log.Entries);
    }

    [Fact]
    public void A_scoped_implementation_is_disposed_with_its_scope_and_not_before()
    {
        var log = new DisposalLog();
        using var provider = Services(log).AddSampleDriver<LocalSampleDriver>(ServiceLifetime.Scoped).BuildServiceProvider();
        var scope = provider.CreateScope();
        var name = scope.ServiceProvider.GetRequiredService<ISampleDriver>().Name;
        Assert.Empty(log.Entries);

        scope.Dispose();

        Assert.Equal([name + ":Dispose"], log.Entries);
    }

    [Fact]
    public void Every_transient_implementation_is_disposed_with_the_scope_that_resolved_it()
    {
        var log = new DisposalLog();
        using var provider = Services(log).AddSampleDriver<LocalSampleDriver>(ServiceLifetime.Transient).BuildServiceProvider();
        var scope = provider.CreateScope();
        var first = scope.ServiceProvider.GetRequiredService<ISampleDriver>().Name;
        var second = scope.ServiceProvider.GetRequiredService<ISampleDriver>().Name;

        scope.Dispose();

        Assert.Equal([second + ":Dispose", first + ":Dispose"], log.Entries);
    }

    [Fact]
    public async Task An_async_only_implementation_is_disposed_by_an_async_scope()
    {
        var log = new DisposalLog();
        using var provider = Services(log).AddKeyedSampleDriver<DockerSampleDriver>("docker", ServiceLifetime.Scoped).BuildServiceProvider();
        var scope = provider.CreateAsyncScope();
        _ = scope.ServiceProvider.GetRequiredKeyedService<ISampleDriver>("docker");

        await scope.DisposeAsync();

        Assert.Equal(["docker:docker:DisposeAsync"], log.Entries);
    }

    [Fact]
    public void An_async_only_implementation_in_a_synchronously_disposed_scope_fails_like_the_container_does()
    {
        var log = new DisposalLog();
        using var provider = Services(log).AddKeyedSampleDriver<DockerSampleDriver>("docker", ServiceLifetime.Scoped).BuildServiceProvider();
        var scope = provider.CreateScope();
        _ = scope.ServiceProvider.GetRequiredKeyedService<ISampleDriver>("docker");

        var error = Assert.Throws<InvalidOperationException>(scope.Dispose);

        Assert.Contains("IAsyncDisposable", error.Message, StringComparison.Ordinal);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Without_decorators_the_container_disposes_the_implementation_itself()
    {
        var log = new DisposalLog();
        var provider = Services(log).AddSampleDriver<LocalSampleDriver>(decorators: DriverDecorators.None).BuildServiceProvider();
        var name = provider.GetRequiredService<ISampleDriver>().Name;

        provider.Dispose();

        Assert.Equal([name + ":Dispose"], log.Entries);
    }

    [Fact]
    public void A_decorator_disposes_what_it_wraps_when_used_by_hand()
    {
        var log = new DisposalLog();
        var inner = new LocalSampleDriver(new SampleDependency(), log);

        ((IDisposable)new TrackingSampleDriver(inner)).Dispose();

        Assert.Equal([inner.Name + ":Dispose"], log.Entries);
    }

    [Fact]
    public async Task Disposing_a_decorator_over_a_non_disposable_instance_does_nothing()
    {
        var inner = new FakeSampleDriver();

        ((IDisposable)new TrackingSampleDriver(inner)).Dispose();
        await ((IAsyncDisposable)new TrackingSampleDriver(inner)).DisposeAsync();

        Assert.Equal("fake", inner.Name);
    }

    private static IServiceCollection Services(DisposalLog log)
        => new ServiceCollection()
            .AddSingleton<SampleDependency>()
            .AddKeyedSingleton<SampleDependency>("docker")
            .AddSingleton(log);
}
