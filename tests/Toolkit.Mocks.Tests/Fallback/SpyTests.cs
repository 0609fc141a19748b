using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Fallback;

/// <summary>Calls no setup answers go to a fallback instance, and are still recorded.</summary>
public sealed class SpyTests
{
    [Fact]
    public void Unconfigured_calls_reach_the_fallback_and_are_recorded()
    {
        var real = new FakeShell();
        var mock = new ShellDriverMock { Fallback = real };

        Assert.Equal("real:ls", mock.Object.Run("ls"));
        Assert.True(mock.Object.TryGetExitCode(1, out var exitCode));
        Assert.Equal(7, exitCode);

        mock.Verify.Run("ls").Once();
        Assert.Equal(["ls"], real.Commands);
    }

    [Fact]
    public void Setups_win_over_the_fallback()
    {
        var real = new FakeShell();
        var mock = new ShellDriverMock { Fallback = real };
        mock.Setup.Run("rm").Returns("intercepted");

        Assert.Equal("intercepted", mock.Object.Run("rm"));
        Assert.Empty(real.Commands);
    }

    [Fact]
    public void A_setup_with_only_a_callback_still_reaches_the_fallback()
    {
        var real = new FakeShell();
        var mock = new ShellDriverMock(MockBehavior.Strict) { Fallback = real };
        var seen = 0;
        mock.Setup.Run().Callback((_, _) => seen++);

        Assert.Equal("real:x", mock.Object.Run("x"));
        Assert.Equal(1, seen);
    }

    [Fact]
    public void Strict_mock_with_a_fallback_forwards_instead_of_throwing()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict) { Fallback = new FakeShell() };
        Assert.Equal("real:x", mock.Object.Run("x"));
    }

    [Fact]
    public void Property_writes_and_events_reach_the_fallback()
    {
        var real = new FakeShell();
        var mock = new ShellDriverMock { Fallback = real };

        mock.Object.Name = "forwarded";
        mock.Object.Output += (_, _) => { };

        Assert.Equal("forwarded", real.Name);
        Assert.Equal("forwarded", mock.Object.Name);
        Assert.Equal(1, real.Subscribers);
    }

    private sealed class FakeShell : IShellDriver
    {
        public event EventHandler<string>? Output
        {
            add => Subscribers++;
            remove => Subscribers--;
        }

        public List<string> Commands { get; } = [];

        public int Subscribers { get; private set; }

        public string Name { get; set; } = "";

        public int this[string variable]
        {
            get => 0;
            set { }
        }

        public string Run(string command, int timeout = 30)
        {
            Commands.Add(command);
            return "real:" + command;
        }

        public Task<int> RunAsync(string command, CancellationToken cancellationToken) => Task.FromResult(0);

        public ValueTask<bool> ExistsAsync(string path) => new(true);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Kill(int processId)
        {
        }

        public bool TryGetExitCode(int processId, out int exitCode)
        {
            exitCode = 7;
            return true;
        }

        public void Increment(ref int counter) => counter++;

        public IAsyncEnumerable<string> ReadLinesAsync(string path, CancellationToken cancellationToken) => AsyncSequence.Of("line");

        public IEnumerable<string> List(string directory) => ["a"];

        public string[] Split(string text) => text.Split(' ');
    }
}
