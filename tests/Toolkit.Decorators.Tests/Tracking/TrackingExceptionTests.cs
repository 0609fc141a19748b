using System.Runtime.CompilerServices;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

[Collection(TelemetryCollection.Name)]
public sealed class TrackingExceptionTests
{
    [Fact]
    public void A_sync_failure_propagates_the_same_instance_with_its_original_stack()
    {
        var thrown = new InvalidOperationException("boom");
        var inner = new FakeSampleDriver { OnEcho = _ => ThrowFromInner(thrown) };
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var driver = new TrackingSampleDriver(inner);

        var caught = Assert.Throws<InvalidOperationException>(() => driver.Echo("x"));

        Assert.Same(thrown, caught);
        Assert.Contains(nameof(ThrowFromInner), caught.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_failure_propagates_the_same_instance_with_its_original_stack()
    {
        var thrown = new TimeoutException("slow");
        var inner = new FakeSampleDriver { OnCount = (_, _) => FailLater(thrown) };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        var caught = await Assert.ThrowsAsync<TimeoutException>(() => driver.CountAsync("x", CancellationToken.None));

        Assert.Same(thrown, caught);
        Assert.Contains(nameof(FailLater), caught.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ValueTask_failure_propagates_the_same_instance()
    {
        var thrown = new IOException("disk");
        var inner = new FakeSampleDriver { OnRead = async (_, _) => { await Task.Yield(); throw thrown; } };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        var caught = await Assert.ThrowsAsync<IOException>(async () => await driver.ReadAsync("p", CancellationToken.None));

        Assert.Same(thrown, caught);
    }

    [Fact]
    public void A_Task_method_that_throws_before_returning_throws_synchronously_through_the_decorator()
    {
        var thrown = new ArgumentException("bad", "name");
        var inner = new FakeSampleDriver { OnStart = (_, _) => throw thrown };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        var caught = Assert.Throws<ArgumentException>(() => { _ = driver.StartAsync("x", CancellationToken.None); });

        Assert.Same(thrown, caught);
    }

    [Fact]
    public async Task A_canceled_task_stays_canceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var inner = new FakeSampleDriver { OnStart = async (_, token) => { await Task.Yield(); token.ThrowIfCancellationRequested(); } };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        var task = driver.StartAsync("x", cts.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);

        Assert.True(task.IsCanceled);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ThrowFromInner(Exception exception) => throw exception;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<int> FailLater(Exception exception)
    {
        await Task.Yield();
        throw exception;
    }
}
