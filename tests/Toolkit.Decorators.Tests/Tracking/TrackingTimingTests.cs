using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

/// <summary>What a duration covers, measured with a clock that only moves when the test moves it.</summary>
public sealed class TrackingTimingTests
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private readonly InMemoryCallSink _sink = new();

    [Fact]
    public async Task A_Task_duration_covers_the_awaited_work_after_the_method_returned()
    {
        var gate = new TaskCompletionSource();
        var inner = new FakeSampleDriver
        {
            OnStart = async (_, _) =>
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
                await gate.Task;
                _clock.Advance(TimeSpan.FromSeconds(2));
            },
        };
        var driver = Track(inner);

        var task = driver.StartAsync("x", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        gate.SetResult();
        await task;

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(_sink.Calls).Duration);
    }

    [Fact]
    public async Task A_ValueTask_of_T_duration_covers_the_awaited_work()
    {
        var gate = new TaskCompletionSource();
        var inner = new FakeSampleDriver
        {
            OnRead = async (path, _) =>
            {
                await gate.Task;
                _clock.Advance(TimeSpan.FromMilliseconds(250));
                return path;
            },
        };
        var driver = Track(inner);

        var pending = driver.ReadAsync("p", CancellationToken.None);
        Assert.Empty(_sink.Calls);
        gate.SetResult();
        Assert.Equal("p", await pending);

        Assert.Equal(TimeSpan.FromMilliseconds(250), Assert.Single(_sink.Calls).Duration);
    }

    [Fact]
    public async Task A_stream_duration_covers_the_whole_enumeration_including_the_consumer_between_items()
    {
        var inner = new FakeSampleDriver { OnStream = (_, _) => Ticking(count: 3, each: TimeSpan.FromSeconds(1)) };
        var driver = Track(inner);

        var stream = driver.StreamAsync("s", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(100)); // before enumeration starts: not part of the call
        var items = new List<string>();
        await foreach (var item in stream)
        {
            items.Add(item);
            _clock.Advance(TimeSpan.FromSeconds(10)); // the consumer's own time between items
        }

        var call = Assert.Single(_sink.Calls);
        Assert.Equal(3, items.Count);
        Assert.Equal(TimeSpan.FromSeconds(33), call.Duration);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(100), call.StartTime);
        Assert.Equal(CallOutcome.Succeeded, call.Outcome);
    }

    [Fact]
    public async Task A_stream_that_is_never_enumerated_records_nothing()
    {
        var driver = Track(new FakeSampleDriver());

        _ = driver.StreamAsync("s", CancellationToken.None);
        await Task.Yield();

        Assert.Empty(_sink.Calls);
    }

    [Fact]
    public async Task A_stream_left_early_ends_as_succeeded_when_the_consumer_disposes_it()
    {
        var inner = new FakeSampleDriver { OnStream = (_, _) => Ticking(count: 5, each: TimeSpan.FromSeconds(1)) };
        var driver = Track(inner);

        await foreach (var item in driver.StreamAsync("s", CancellationToken.None))
        {
            break;
        }

        var call = Assert.Single(_sink.Calls);
        Assert.Equal(CallOutcome.Succeeded, call.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(1), call.Duration);
    }

    [Fact]
    public async Task A_stream_that_fails_midway_records_the_failure_with_the_same_exception()
    {
        var thrown = new IOException("pipe closed");
        var inner = new FakeSampleDriver { OnStream = (_, _) => FailAfter(2, thrown) };
        var driver = Track(inner);
        var items = new List<string>();

        var caught = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var item in driver.StreamAsync("s", CancellationToken.None))
            {
                items.Add(item);
            }
        });

        Assert.Same(thrown, caught);
        Assert.Equal(2, items.Count);
        var call = Assert.Single(_sink.Calls);
        Assert.Same(thrown, call.Exception);
    }

    [Fact]
    public void A_stream_method_that_throws_before_returning_records_a_failed_call_and_rethrows()
    {
        var thrown = new ArgumentException("bad source", "source");
        var driver = Track(new FakeSampleDriver { OnStream = (_, _) => throw thrown });

        Assert.Same(thrown, Assert.Throws<ArgumentException>(() => driver.StreamAsync("s", CancellationToken.None)));

        Assert.Same(thrown, Assert.Single(_sink.Calls).Exception);
    }

    [Fact]
    public async Task Each_enumeration_of_a_stream_is_its_own_call_and_the_enumerator_token_reaches_the_inner_stream()
    {
        using var cts = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        var inner = new FakeSampleDriver { OnStream = (_, _) => new TokenRecordingStream(tokens) };
        var driver = Track(inner);
        var stream = driver.StreamAsync("s", CancellationToken.None);

        await foreach (var item in stream.WithCancellation(cts.Token))
        {
        }

        await foreach (var item in stream)
        {
        }

        Assert.Equal(2, _sink.Calls.Count);
        Assert.Equal([cts.Token, CancellationToken.None], tokens);
    }

    [Fact]
    public async Task Stream_arguments_are_recorded()
    {
        var driver = Track(new FakeSampleDriver());

        await foreach (var item in driver.StreamAsync("logs", CancellationToken.None))
        {
        }

        Assert.Equal("logs", Assert.Single(_sink.Calls).Arguments["source"]);
    }

    private TrackingSampleDriver Track(FakeSampleDriver inner) => new(inner, _sink, null, _clock);

    private async IAsyncEnumerable<string> Ticking(int count, TimeSpan each)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            _clock.Advance(each);
            yield return "item" + i;
        }
    }

    private static async IAsyncEnumerable<string> FailAfter(int count, Exception exception)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return "item" + i;
        }

        throw exception;
    }

    private sealed class TokenRecordingStream(List<CancellationToken> tokens) : IAsyncEnumerable<string>
    {
        public IAsyncEnumerator<string> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            tokens.Add(cancellationToken);
            return FakeSampleDriver.Lines("t", 1).GetAsyncEnumerator(cancellationToken);
        }
    }
}
