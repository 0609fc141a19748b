using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

public sealed class TrackingSinkTests
{
    private static readonly DateTimeOffset Origin = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void A_successful_call_is_recorded_with_operation_arguments_start_time_duration_and_outcome()
    {
        var sink = new InMemoryCallSink();
        var clock = new ManualTimeProvider(Origin);
        var inner = new FakeSampleDriver { OnEcho = text => { clock.Advance(TimeSpan.FromMilliseconds(7)); return text; } };
        var driver = new TrackingSampleDriver(inner, sink, null, clock);

        driver.Echo("hello");

        var call = Assert.Single(sink.Calls);
        Assert.Equal("sample", call.Driver);
        Assert.Equal("Echo", call.Operation);
        Assert.Equal("hello", call.Arguments["text"]);
        Assert.Equal(Origin, call.StartTime);
        Assert.Equal(TimeSpan.FromMilliseconds(7), call.Duration);
        Assert.Equal(CallOutcome.Succeeded, call.Outcome);
        Assert.Null(call.Exception);
    }

    [Fact]
    public async Task A_failed_call_is_recorded_with_the_exception_instance_the_caller_saw()
    {
        var sink = new InMemoryCallSink();
        var thrown = new InvalidOperationException("nope");
        var inner = new FakeSampleDriver { OnStop = async (_, _) => { await Task.Yield(); throw thrown; } };
        var driver = new TrackingSampleDriver(inner, sink, null, null);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await driver.StopAsync("db", CancellationToken.None));

        var call = Assert.Single(sink.Calls);
        Assert.Equal(CallOutcome.Failed, call.Outcome);
        Assert.Same(thrown, call.Exception);
        Assert.Equal("db", call.Arguments["name"]);
    }

    [Fact]
    public void Arguments_keep_declaration_order_and_include_the_cancellation_token()
    {
        var sink = new InMemoryCallSink();
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), sink, null, null);
        using var cts = new CancellationTokenSource();

        _ = driver.CountAsync("f", cts.Token);

        var call = Assert.Single(sink.Calls);
        Assert.Equal(["filter", "cancellationToken"], call.Arguments.Keys);
        Assert.Equal(cts.Token, call.Arguments["cancellationToken"]);
    }

    [Fact]
    public void Asking_for_an_argument_that_does_not_exist_names_the_ones_that_do()
    {
        var sink = new InMemoryCallSink();
        new TrackingSampleDriver(new FakeSampleDriver(), sink, null, null).Echo("x");

        var error = Assert.Throws<KeyNotFoundException>(() => sink.Calls[0].Arguments["txt"]);

        Assert.Contains("'txt'", error.Message, StringComparison.Ordinal);
        Assert.Contains("text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_are_recorded_in_order()
    {
        var sink = new InMemoryCallSink();
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), sink, null, null);

        driver.Echo("a");
        driver.Reset();
        driver.Echo("b");

        Assert.Equal(["Echo", "Reset", "Echo"], sink.Calls.Select(call => call.Operation));
    }

    [Fact]
    public async Task Concurrent_calls_lose_no_record()
    {
        var sink = new InMemoryCallSink();
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), sink, null, null);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (int i = 0; i < 500; i++)
            {
                driver.Echo(worker + ":" + i);
            }
        })));

        Assert.Equal(4000, sink.Count);
        Assert.Equal(4000, sink.Calls.Select(call => (string?)call.Arguments["text"]).Distinct().Count());
    }

    [Fact]
    public void A_full_sink_drops_the_oldest_calls_and_counts_them()
    {
        var sink = new InMemoryCallSink(capacity: 2);
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), sink, null, null);

        driver.Echo("1");
        driver.Echo("2");
        driver.Echo("3");

        Assert.Equal(["2", "3"], sink.Calls.Select(call => (string?)call.Arguments["text"]));
        Assert.Equal(1, sink.DroppedCount);
    }

    [Fact]
    public void A_throwing_sink_does_not_change_the_outcome_of_the_call()
    {
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), new ThrowingSink(), null, null);
        var thrown = new InvalidOperationException("inner");
        var failing = new TrackingSampleDriver(new FakeSampleDriver { OnEcho = _ => throw thrown }, new ThrowingSink(), null, null);

        Assert.Equal("ok", driver.Echo("ok"));
        Assert.Same(thrown, Assert.Throws<InvalidOperationException>(() => failing.Echo("x")));
    }

    [Fact]
    public void A_record_describes_itself_in_one_line()
    {
        var sink = new InMemoryCallSink();
        var clock = new ManualTimeProvider(Origin);
        var inner = new FakeSampleDriver { OnEcho = text => { clock.Advance(TimeSpan.FromMilliseconds(2)); return text; } };
        new TrackingSampleDriver(inner, sink, null, clock).Echo("hi");

        Assert.Equal("sample.Echo(text: \"hi\") succeeded in 2 ms", sink.Calls[0].ToString());
    }

    private sealed class ThrowingSink : ICallSink
    {
        public void Record(CallRecord call) => throw new NotSupportedException("sink is broken");
    }
}
