using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Simulation;

/// <summary>Fault injection: the n-th call, every n-th call, or a seeded probability.</summary>
public sealed class FaultTests
{
    [Fact]
    public void Fails_the_nth_call_only()
    {
        var mock = new ShellDriverMock();
        mock.Simulation.FailOnCall(2, () => new IOException("second"));

        mock.Object.Kill(1);
        Assert.Throws<IOException>(() => mock.Object.Kill(2));
        mock.Object.Kill(3);
    }

    [Fact]
    public void Fails_every_nth_call()
    {
        var mock = new ShellDriverMock();
        mock.Simulation.FailEvery(3, () => new TimeoutException());

        var failed = Enumerable.Range(1, 9).Where(i => Throws(() => mock.Object.Kill(i))).ToList();

        Assert.Equal([3, 6, 9], failed);
    }

    [Fact]
    public void Seeded_probability_gives_the_same_failures_for_the_same_seed()
    {
        List<int> Failures(int seed)
        {
            var mock = new ShellDriverMock();
            mock.Simulation.FailRandomly(0.3, seed, () => new IOException());
            return Enumerable.Range(0, 300).Where(i => Throws(() => mock.Object.Kill(i))).ToList();
        }

        var first = Failures(seed: 7);
        Assert.Equal(first, Failures(seed: 7));
        Assert.NotEqual(first, Failures(seed: 8));
        Assert.InRange(first.Count, 60, 120);
    }

    [Fact]
    public async Task Async_members_fail_with_a_faulted_task()
    {
        var mock = new ShellDriverMock();
        mock.Setup.RunAsync().ReturnsAsync(0);
        mock.Simulation.FailOnCall(1, () => new IOException("disk"));

        var task = mock.Object.RunAsync("x", default);

        await Assert.ThrowsAsync<IOException>(() => task);
        Assert.Equal(0, await mock.Object.RunAsync("x", default));
    }

    [Fact]
    public void Setup_faults_count_only_matching_calls()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run("deploy").Returns("ok").FailsOnCall(2, () => new InvalidOperationException());

        Assert.Equal("ok", mock.Object.Run("deploy"));
        Assert.Null(mock.Object.Run("other"));
        Assert.Throws<InvalidOperationException>(() => mock.Object.Run("deploy"));
        Assert.Equal("ok", mock.Object.Run("deploy"));
    }

    [Fact]
    public void Setup_every_nth_and_random_faults()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Kill(1).FailsEvery(2, () => new IOException());
        mock.Setup.Kill(2).FailsRandomly(1.0, seed: 1, () => new TimeoutException());

        Assert.False(Throws(() => mock.Object.Kill(1)));
        Assert.True(Throws(() => mock.Object.Kill(1)));
        Assert.Throws<TimeoutException>(() => mock.Object.Kill(2));
    }

    [Fact]
    public void Faulted_calls_are_still_recorded_and_clear_removes_faults()
    {
        var mock = new ShellDriverMock();
        mock.Simulation.FailEvery(1, () => new IOException());
        Assert.Throws<IOException>(() => mock.Object.Kill(5));
        mock.Verify.Kill(5).Once();

        mock.Simulation.Clear();
        mock.Object.Kill(6);
    }

    [Fact]
    public void A_given_exception_instance_is_thrown_as_is()
    {
        var failure = new IOException("the one");
        var mock = new ShellDriverMock();
        mock.Simulation.FailEvery(2, failure);
        mock.Setup.Run("x").FailsOnCall(1, new TimeoutException());

        mock.Object.Kill(1);
        Assert.Same(failure, Assert.Throws<IOException>(() => mock.Object.Kill(2)));
        Assert.Throws<TimeoutException>(() => mock.Object.Run("x"));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (Exception exception) when (exception is IOException or TimeoutException)
        {
            return true;
        }
    }
}
