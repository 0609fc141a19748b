using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Performance;

/// <summary>
/// Configured calls allocate nothing once the journal has grown: recording writes typed arguments into reused struct
/// buffers, and the call path has no closures or boxing. (Speed is measured by the benchmarks; this checks allocation,
/// which is deterministic.)
/// </summary>
public sealed class AllocationTests
{
    private const int Calls = 1_000;

    [Fact]
    public void Configured_synchronous_call_allocates_nothing()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run(Arg.Any<string>(), Arg.Any<int>()).Returns("ok");
        IShellDriver driver = mock;

        Assert.Equal(0, AllocatedPerRound(mock, () =>
        {
            for (var i = 0; i < Calls; i++)
            {
                driver.Run("ls", i);
            }
        }));
    }

    [Fact]
    public void Configured_async_call_allocates_nothing()
    {
        var mock = new ShellDriverMock();
        mock.Setup.RunAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ReturnsAsync(1);
        IShellDriver driver = mock;

        Assert.Equal(0, AllocatedPerRound(mock, () =>
        {
            for (var i = 0; i < Calls; i++)
            {
                _ = driver.RunAsync("ls", CancellationToken.None);
            }
        }));
    }

    [Fact]
    public void Void_call_and_unconfigured_loose_call_allocate_nothing()
    {
        var mock = new ShellDriverMock();
        IShellDriver driver = mock;

        Assert.Equal(0, AllocatedPerRound(mock, () =>
        {
            for (var i = 0; i < Calls; i++)
            {
                driver.Kill(i);
                _ = driver.RunAsync("x", default);
                _ = driver.ExistsAsync("/");
            }
        }));
    }

    // Runs the calls a few times (so the journal reaches its size and the JIT settles), then measures one more round.
    private static long AllocatedPerRound(ShellDriverMock mock, Action round)
    {
        for (var i = 0; i < 3; i++)
        {
            mock.ClearCalls();
            round();
        }

        mock.ClearCalls();
        var before = GC.GetAllocatedBytesForCurrentThread();
        round();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
