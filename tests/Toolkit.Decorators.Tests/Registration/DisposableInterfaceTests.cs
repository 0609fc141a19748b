using Microsoft.Extensions.DependencyInjection;
using Toolkit.Decorators.Tests.Support;

namespace Toolkit.Decorators.Tests.Registration;

/// <summary>An interface that is itself disposable: disposal is an interface member the decorators forward.</summary>
[GenerateTracking, GenerateRegistration]
public partial interface IConnectionDriver : IDisposable, IAsyncDisposable
{
    int Send(string payload);
}

[DriverImplementation]
public sealed partial class Connection : IConnectionDriver
{
    private readonly DisposalLog _log;

    public Connection(DisposalLog log) => _log = log;

    public int Send(string payload) => payload.Length;

    public void Dispose() => _log.Add("Dispose");

    public ValueTask DisposeAsync()
    {
        _log.Add("DisposeAsync");
        return ValueTask.CompletedTask;
    }
}

public sealed class DisposableInterfaceTests
{
    [Fact]
    public void Disposing_the_scope_disposes_the_implementation_once_through_the_chain()
    {
        var log = new DisposalLog();
        using var provider = new ServiceCollection().AddSingleton(log).AddConnectionDriver<Connection>(ServiceLifetime.Scoped).BuildServiceProvider();
        var scope = provider.CreateScope();
        Assert.Equal(5, scope.ServiceProvider.GetRequiredService<IConnectionDriver>().Send("hello"));

        scope.Dispose();

        Assert.Equal(["Dispose"], log.Entries);
    }

    [Fact]
    public async Task Disposing_an_async_scope_disposes_the_implementation_asynchronously_once()
    {
        var log = new DisposalLog();
        await using var provider = new ServiceCollection().AddSingleton(log).AddConnectionDriver<Connection>(ServiceLifetime.Scoped).BuildServiceProvider();
        var scope = provider.CreateAsyncScope();
        _ = scope.ServiceProvider.GetRequiredService<IConnectionDriver>();

        await scope.DisposeAsync();

        Assert.Equal(["DisposeAsync"], log.Entries);
    }

    [Fact]
    public void Calling_dispose_on_the_decorator_reaches_the_implementation_and_is_not_tracked()
    {
        var log = new DisposalLog();
        var sink = new Toolkit.Tracking.InMemoryCallSink();
        var driver = new TrackingConnectionDriver(new Connection(log), sink);

        driver.Send("x");
        driver.Dispose();

        Assert.Equal(["Dispose"], log.Entries);
        Assert.Equal(["Send"], sink.Calls.Select(c => c.Operation));
    }
}
