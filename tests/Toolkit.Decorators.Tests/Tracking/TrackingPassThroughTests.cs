using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

[Collection(TelemetryCollection.Name)]
public sealed class TrackingPassThroughTests
{
    [Fact]
    public void Sync_results_come_from_the_inner_instance()
    {
        var inner = new FakeSampleDriver { OnEcho = text => text + "!" };
        var driver = new TrackingSampleDriver(inner);

        Assert.Equal("hi!", driver.Echo("hi"));
    }

    [Fact]
    public async Task Async_results_come_from_the_inner_instance_when_observed()
    {
        var inner = new FakeSampleDriver
        {
            OnCount = async (filter, _) => { await Task.Yield(); return filter.Length * 2; },
            OnRead = async (path, _) => { await Task.Yield(); return path.ToUpperInvariant(); },
        };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        Assert.Equal(6, await driver.CountAsync("abc", CancellationToken.None));
        Assert.Equal("/ETC", await driver.ReadAsync("/etc", CancellationToken.None));
    }

    [Fact]
    public void Unobserved_async_calls_return_the_inner_task_itself()
    {
        var pending = new TaskCompletionSource<int>();
        var inner = new FakeSampleDriver { OnCount = (_, _) => pending.Task };
        var driver = new TrackingSampleDriver(inner);

        var task = driver.CountAsync("x", CancellationToken.None);

        Assert.Same(pending.Task, task);
    }

    [Fact]
    public void Unobserved_streams_are_the_inner_stream_itself()
    {
        var stream = FakeSampleDriver.Lines("s", 1);
        var inner = new FakeSampleDriver { OnStream = (_, _) => stream };
        var driver = new TrackingSampleDriver(inner);

        Assert.Same(stream, driver.StreamAsync("s", CancellationToken.None));
    }

    [Fact]
    public void Observed_calls_that_completed_synchronously_return_the_inner_task_itself()
    {
        var completed = Task.FromResult(42);
        var inner = new FakeSampleDriver { OnCount = (_, _) => completed };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        Assert.Same(completed, driver.CountAsync("x", CancellationToken.None));
    }

    [Fact]
    public void Properties_pass_through_in_both_directions_and_are_not_tracked()
    {
        var sink = new InMemoryCallSink();
        var inner = new FakeSampleDriver { Name = "inner-name" };
        var driver = new TrackingSampleDriver(inner, sink, null, null);

        driver.Timeout = 30;

        Assert.Equal("inner-name", driver.Name);
        Assert.Equal(30, inner.Timeout);
        Assert.Empty(sink.Calls);
    }

    [Fact]
    public void Event_subscriptions_reach_the_inner_instance()
    {
        var inner = new FakeSampleDriver();
        var driver = new TrackingSampleDriver(inner);
        string? seen = null;
        EventHandler<string> handler = (_, value) => seen = value;

        driver.Changed += handler;
        inner.RaiseChanged("up");
        driver.Changed -= handler;

        Assert.Equal("up", seen);
        Assert.False(inner.HasChangedSubscribers);
    }

    [Fact]
    public void A_null_inner_instance_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new TrackingSampleDriver(null!));

        Assert.Equal("inner", error.ParamName);
    }
}
