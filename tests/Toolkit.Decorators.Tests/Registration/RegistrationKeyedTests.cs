using Microsoft.Extensions.DependencyInjection;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;

namespace Toolkit.Decorators.Tests.Registration;

public sealed class RegistrationKeyedTests
{
    [Fact]
    public async Task Docker_and_local_implementations_live_side_by_side_under_their_keys()
    {
        await using var provider = Services()
            .AddKeyedSampleDriver<DockerSampleDriver>("docker")
            .AddKeyedSampleDriver<LocalSampleDriver>("local")
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        Assert.Equal("docker:docker", provider.GetRequiredKeyedService<ISampleDriver>("docker").Name);
        Assert.StartsWith("local#", provider.GetRequiredKeyedService<ISampleDriver>("local").Name, StringComparison.Ordinal);
        Assert.Null(provider.GetService<ISampleDriver>());
    }

    [Fact]
    public async Task A_keyed_implementation_receives_its_key_and_keyed_dependencies()
    {
        var dockerDependency = new SampleDependency();
        await using var provider = Services()
            .AddKeyedSingleton("docker", dockerDependency)
            .AddKeyedSampleDriver<DockerSampleDriver>("docker", decorators: Toolkit.Registration.DriverDecorators.None)
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        var driver = Assert.IsType<DockerSampleDriver>(provider.GetRequiredKeyedService<ISampleDriver>("docker"));

        Assert.Equal("docker:docker", driver.Name);
        Assert.Same(dockerDependency, driver.Dependency);
        Assert.Equal(3, driver.Retries);
    }

    [Fact]
    public async Task An_optional_parameter_takes_the_registered_service_when_there_is_one()
    {
        await using var provider = Services()
            .AddSingleton(typeof(int), 7)
            .AddKeyedSampleDriver<DockerSampleDriver>("docker", decorators: Toolkit.Registration.DriverDecorators.None)
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        var driver = Assert.IsType<DockerSampleDriver>(provider.GetRequiredKeyedService<ISampleDriver>("docker"));

        Assert.Equal(7, driver.Retries);
    }

    [Fact]
    public async Task A_keyed_registration_is_decorated()
    {
        await using var provider = Services().AddKeyedSampleDriver<LocalSampleDriver>("local").BuildServiceProvider(RegistrationLifetimeTests.Validate);

        Assert.IsType<TrackingSampleDriver>(provider.GetRequiredKeyedService<ISampleDriver>("local"));
    }

    [Fact]
    public async Task A_keyed_factory_receives_the_key()
    {
        await using var provider = new ServiceCollection()
            .AddKeyedSampleDriver("k1", (_, key) => new FakeSampleDriver { Name = "made for " + key })
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        Assert.Equal("made for k1", provider.GetRequiredKeyedService<ISampleDriver>("k1").Name);
    }

    [Fact]
    public async Task A_service_key_parameter_without_a_key_fails_with_a_clear_message()
    {
        await using var provider = Services()
            .AddSampleDriver(sp => Activate<DockerSampleDriver>(sp, null))
            .BuildServiceProvider(RegistrationLifetimeTests.Validate);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ISampleDriver>());

        Assert.Contains("parameter 'key'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddKeyed", error.Message, StringComparison.Ordinal);
    }

    private static T Activate<T>(IServiceProvider services, object? key)
        where T : class, Toolkit.Registration.IDriverActivator<T>
        => T.Create(services, key);

    private static IServiceCollection Services()
        => new ServiceCollection()
            .AddSingleton<SampleDependency>()
            .AddKeyedSingleton<SampleDependency>("docker")
            .AddSingleton<DisposalLog>();
}
