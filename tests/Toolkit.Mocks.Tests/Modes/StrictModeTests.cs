using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Modes;

/// <summary>A strict mock throws for calls nobody set up, naming the call, its arguments and the setups that exist.</summary>
public sealed class StrictModeTests
{
    [Fact]
    public void Call_without_setup_throws_unexpected_call_exception()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);

        var error = Assert.Throws<UnexpectedCallException>(() => mock.Object.Run("rm -rf /", 5));

        Assert.Equal("Run(\"rm -rf /\", 5)", error.Call);
        Assert.Contains("ShellDriverMock (strict) received an unexpected call: Run(\"rm -rf /\", 5).", error.Message);
        Assert.Contains("There is no setup for IShellDriver.Run(string command, int timeout)", error.Message);
    }

    [Fact]
    public void Message_lists_the_setups_that_did_not_match()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);
        mock.Setup.Run("ls").Returns("a b");
        mock.Setup.Kill(Arg.Any<int>());

        var error = Assert.Throws<UnexpectedCallException>(() => mock.Object.Run("pwd", 1));

        Assert.Contains("Setups for IShellDriver.Run(string command, int timeout) (none matched):\n  Run(\"ls\", Any)", error.Message);
        Assert.Contains("Other setups:\n  Kill(Any)", error.Message);
    }

    [Fact]
    public void Configured_call_is_allowed()
    {
        var mock = new ShellDriverMock(new MockOptions { Behavior = MockBehavior.Strict });
        mock.Setup.Run("ls").Returns("a b");

        Assert.Equal("a b", mock.Object.Run("ls"));
    }

    [Fact]
    public void Setup_without_a_result_allows_the_call_and_returns_the_default()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);
        mock.Setup.Kill();
        mock.Setup.RunAsync();

        mock.Object.Kill(3);
        Assert.True(mock.Object.RunAsync("x", default).IsCompletedSuccessfully);
    }

    [Fact]
    public void Behavior_can_be_switched_after_creation()
    {
        var mock = new ShellDriverMock();
        mock.Object.Kill(1);

        mock.Behavior = MockBehavior.Strict;

        Assert.Throws<UnexpectedCallException>(() => mock.Object.Kill(2));
    }

    [Fact]
    public void Property_write_without_setup_throws_and_with_setup_is_allowed()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);
        Assert.Throws<UnexpectedCallException>(() => mock.Object.Name = "x");

        mock.Setup.Name.Set();
        mock.Object.Name = "y";

        Assert.Equal("y", mock.Object.Name);
    }

    [Fact]
    public void Event_subscription_is_always_allowed()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);
        mock.Object.Output += (_, _) => { };
    }
}
