using Microsoft.Extensions.DependencyInjection;
using Toolkit.Errors;
using Toolkit.Files.Tests.Support;
using Toolkit.Registration;
using Toolkit.Tracking;

namespace Toolkit.Files.Tests.Decorated;

/// <summary>
/// The runtime's own <see cref="IFileDriver"/> carries <c>[GenerateRegistration]</c> and <see cref="FileDriver"/> is a
/// <c>[DriverImplementation]</c>: the container builds the validating and tracking chain around it, without reflection.
/// </summary>
public sealed class FileDriverRegistrationTests : IDisposable
{
    private readonly TestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_driver_is_built_with_the_registered_options_inside_both_decorators()
    {
        var sink = new InMemoryCallSink();
        await using var provider = new ServiceCollection()
            .AddSingleton<ICallSink>(sink)
            .AddSingleton(new FileDriverOptions { Root = _directory.Path })
            .AddFileDriver<FileDriver>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var files = provider.GetRequiredService<IFileDriver>();
        await files.WriteTextAsync("inside.txt", "confined");
        await Assert.ThrowsAsync<DriverValidationException>(() => files.ReadTextAsync(null!));

        Assert.IsType<ValidatingFileDriver>(files);
        Assert.Equal("confined", File.ReadAllText(_directory["inside.txt"]));
        Assert.Equal("WriteTextAsync", Assert.Single(sink.Calls).Operation);
    }

    [Fact]
    public void A_factory_registration_with_validation_off_resolves_the_tracking_decorator()
    {
        using var provider = new ServiceCollection()
            .AddFileDriver(_ => new FileDriver(), decorators: DriverDecorators.Tracking)
            .BuildServiceProvider();

        Assert.IsType<TrackingFileDriver>(provider.GetRequiredService<IFileDriver>());
    }
}
