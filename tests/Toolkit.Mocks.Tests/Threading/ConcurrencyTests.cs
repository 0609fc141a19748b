using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Threading;

/// <summary>Calls from many threads at once lose no record and never see a corrupt setup.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int CallsPerThread = 5_000;

    [Fact]
    public void Concurrent_calls_are_all_recorded_with_their_arguments()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Kill().Callback(_ => { });

        RunOnThreads(thread =>
        {
            for (var i = 0; i < CallsPerThread; i++)
            {
                mock.Object.Kill((thread * CallsPerThread) + i);
            }
        });

        var recorded = mock.Verify.Kill().Calls;
        Assert.Equal(Threads * CallsPerThread, recorded.Count);
        Assert.Equal(Enumerable.Range(0, Threads * CallsPerThread), recorded.Select(c => c.ProcessId).Order());
        Assert.Equal(Enumerable.Range(0, Threads * CallsPerThread).Select(i => (long)i), recorded.Select(c => c.Sequence));
    }

    [Fact]
    public async Task Setups_added_while_calls_run_are_never_seen_half_configured()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("initial");
        using var readersDone = new CancellationTokenSource();
        using var writerStarted = new ManualResetEventSlim();
        var unexpected = 0;
        var added = 0;

        var writer = Task.Run(() =>
        {
            while (!readersDone.IsCancellationRequested)
            {
                mock.Setup.Run().Returns("v" + (added++ % 10));
                writerStarted.Set();
            }
        });

        RunOnThreads(_ =>
        {
            writerStarted.Wait();
            for (var i = 0; i < 20_000; i++)
            {
                // Each call sees a whole setup: the initial one, a configured one, or (for the instant between
                // mock.Setup.Run() and .Returns(…)) a new one with no result yet, which answers the loose default.
                var result = mock.Object.Run("x");
                if (result is not null && result != "initial" && !(result.Length == 2 && result[0] == 'v'))
                {
                    Interlocked.Increment(ref unexpected);
                }
            }
        });

        readersDone.Cancel();
        await writer;
        Assert.Equal(0, unexpected);
        Assert.True(added > 0);
        mock.Verify.Run().Times(Threads * 20_000);
    }

    [Fact]
    public void Property_values_are_never_torn()
    {
        var mock = new ShellDriverMock();
        var torn = 0;

        RunOnThreads(thread =>
        {
            var mine = new string((char)('a' + thread), 64);
            for (var i = 0; i < 2_000; i++)
            {
                mock.Object.Name = mine;
                var seen = mock.Object.Name;
                if (seen.Length != 64 || seen.Distinct().Count() != 1)
                {
                    Interlocked.Increment(ref torn);
                }
            }
        });

        Assert.Equal(0, torn);
        mock.Verify.Name.Set().Times(Threads * 2_000);
    }

    private static void RunOnThreads(Action<int> body)
    {
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            body(t);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }
}
