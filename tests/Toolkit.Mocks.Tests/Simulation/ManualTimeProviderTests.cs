namespace Toolkit.Mocks.Tests.Simulation;

/// <summary>The deterministic clock behind simulated latency.</summary>
public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Timers_fire_in_due_order_with_the_clock_at_their_due_time()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([("early", TimeSpan.FromSeconds(1)), ("late", TimeSpan.FromSeconds(3))], fired);
        Assert.Equal(TimeSpan.FromSeconds(5), clock.GetUtcNow() - start);
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public void Periodic_timer_fires_each_period_until_disposed()
    {
        var clock = new ManualTimeProvider();
        var ticks = 0;
        var timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal(3, ticks);

        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(3, ticks);
    }

    [Fact]
    public async Task Task_delay_on_the_clock_completes_when_advanced()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromMinutes(1));

        await delay;
    }

    [Fact]
    public void Timestamps_measure_elapsed_manual_time()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(TimeSpan.FromMilliseconds(250), clock.GetElapsedTime(start));
    }
}
