using Microsoft.Extensions.DependencyInjection;
using Toolkit.Errors;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Shell.Tests.Decorated;

/// <summary>
/// The runtime's own <see cref="IShellDriver"/> carries <c>[GenerateRegistration]</c> and <see cref="ShellDriver"/> is a
/// <c>[DriverImplementation]</c>: <c>AddShellDriver&lt;ShellDriver&gt;()</c> builds the whole chain without reflection.
/// </summary>
public sealed class ShellDriverRegistrationTests
{
    [Fact]
    public async Task The_registered_chain_validates_outermost_and_tracks_real_runs()
    {
        var sink = new InMemoryCallSink();
        await using var provider = new ServiceCollection()
            .AddSingleton<ICallSink>(sink)
            .AddShellDriver<ShellDriver>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var shell = provider.GetRequiredService<IShellDriver>();
        var result = await shell.RunAsync(new ShellCommand("echo", "resolved"));
        await Assert.ThrowsAsync<DriverValidationException>(() => shell.RunAsync(new ShellCommand { Program = "" }));

        Assert.IsType<ValidatingShellDriver>(shell);
        Assert.Equal("resolved\n", result.StandardOutput);
        var call = Assert.Single(sink.Calls);
        Assert.Equal(("shell", "RunAsync", CallOutcome.Succeeded), (call.Driver, call.Operation, call.Outcome));
    }

    [Fact]
    public void Switching_validation_off_leaves_the_tracking_decorator_outermost()
    {
        using var provider = new ServiceCollection()
            .AddShellDriver<ShellDriver>(decorators: DriverDecorators.Tracking)
            .BuildServiceProvider();

        Assert.IsType<TrackingShellDriver>(provider.GetRequiredService<IShellDriver>());
    }

    [Fact]
    public void Switching_every_decorator_off_resolves_the_driver_itself()
    {
        using var provider = new ServiceCollection()
            .AddShellDriver<ShellDriver>(decorators: DriverDecorators.None)
            .BuildServiceProvider();

        Assert.IsType<ShellDriver>(provider.GetRequiredService<IShellDriver>());
    }

    [Fact]
    public void The_default_lifetime_is_singleton()
    {
        using var provider = new ServiceCollection().AddShellDriver<ShellDriver>().BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.Same(provider.GetRequiredService<IShellDriver>(), scope.ServiceProvider.GetRequiredService<IShellDriver>());
    }
}
