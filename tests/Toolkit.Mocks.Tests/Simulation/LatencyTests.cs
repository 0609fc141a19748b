using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Simulation;

/// <summary>Simulated latency runs on a TimeProvider, so tests control time instead of waiting for it.</summary>
public sealed class LatencyTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Async_member_completes_only_after_its_latency()
    {
        var mock = new ShellDriverMock(new MockOptions { TimeProvider = _clock });
        mock.Setup.RunAsync().ReturnsAsync(1).WithLatency(TimeSpan.FromSeconds(2));

        var task = mock.Object.RunAsync("x", CancellationToken.None);
        Assert.False(task.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(task.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await task);
    }

    [Fact]
    public async Task Latency_applies_per_member()
    {
        var mock = new ShellDriverMock(new MockOptions { TimeProvider = _clock });
        mock.Setup.RunAsync().ReturnsAsync(1).WithLatency(TimeSpan.FromSeconds(5));

        Assert.True(mock.Object.ExistsAsync("/").IsCompleted);
        var slow = mock.Object.RunAsync("x", default);
        Assert.False(slow.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await slow;
    }

    [Fact]
    public async Task Latency_for_all_members()
    {
        var mock = new ShellDriverMock();
        mock.Simulation.TimeProvider = _clock;
        mock.Simulation.Latency = TimeSpan.FromMilliseconds(100);

        var exists = mock.Object.ExistsAsync("/").AsTask();
        var stop = mock.Object.StopAsync(default);
        Assert.False(exists.IsCompleted);
        Assert.False(stop.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await exists;
        await stop;
        Assert.Equal(2, mock.Calls.Count);
    }

    [Fact]
    public async Task Cancelling_during_latency_cancels_the_call()
    {
        var mock = new ShellDriverMock(new MockOptions { TimeProvider = _clock });
        mock.Setup.RunAsync().ReturnsAsync(1).WithLatency(TimeSpan.FromMinutes(1));
        using var cancellation = new CancellationTokenSource();

        var task = mock.Object.RunAsync("x", cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public async Task Async_sequence_waits_before_its_first_item()
    {
        var mock = new ShellDriverMock(new MockOptions { TimeProvider = _clock });
        mock.Setup.ReadLinesAsync().ReturnsItems("a").WithLatency(TimeSpan.FromSeconds(1));

        var enumerator = mock.Object.ReadLinesAsync("/f", default).GetAsyncEnumerator();
        var first = enumerator.MoveNextAsync();
        Assert.False(first.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await first);
        Assert.Equal("a", enumerator.Current);
        await enumerator.DisposeAsync();
    }

    [Fact]
    public void Synchronous_member_on_a_manual_clock_moves_the_clock_by_its_latency()
    {
        var mock = new ShellDriverMock(new MockOptions { TimeProvider = _clock });
        mock.Setup.Run().Returns("slow").WithLatency(TimeSpan.FromSeconds(3));
        var before = _clock.GetUtcNow();

        Assert.Equal("slow", mock.Object.Run("x"));

        Assert.Equal(before + TimeSpan.FromSeconds(3), _clock.GetUtcNow());
    }

    [Fact]
    public void Setup_latency_adds_to_mock_latency()
    {
        var mock = new ShellDriverMock(new MockOptions { TimeProvider = _clock });
        mock.Simulation.Latency = TimeSpan.FromSeconds(1);
        mock.Setup.Kill().WithLatency(TimeSpan.FromSeconds(2));
        var before = _clock.GetUtcNow();

        mock.Object.Kill(1);

        Assert.Equal(TimeSpan.FromSeconds(3), _clock.GetUtcNow() - before);
    }

    [Fact]
    public async Task Latency_on_the_system_clock_still_answers_with_the_setup()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("slow").WithLatency(TimeSpan.FromMilliseconds(1));
        mock.Setup.RunAsync().ReturnsAsync(7).WithLatency(TimeSpan.FromMilliseconds(1));

        Assert.Equal("slow", mock.Object.Run("x"));
        Assert.Equal(7, await mock.Object.RunAsync("x", CancellationToken.None));
    }
}
