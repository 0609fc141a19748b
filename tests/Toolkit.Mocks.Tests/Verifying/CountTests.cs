using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Verifying;

/// <summary>Verification by count, with failure messages that list what actually happened.</summary>
public sealed class CountTests
{
    private readonly ShellDriverMock _mock = new();

    public CountTests()
    {
        _mock.Object.Run("ls", 1);
        _mock.Object.Run("ls", 2);
        _mock.Object.Kill(9);
    }

    [Fact]
    public void Counts_that_hold_pass()
    {
        _mock.Verify.Run("ls").Times(2);
        _mock.Verify.Run("ls", 1).Once();
        _mock.Verify.Run("pwd").Never();
        _mock.Verify.Run().AtLeast(2);
        _mock.Verify.Run().AtMost(2);
        _mock.Verify.Run().AtLeastOnce();
        _mock.Verify.Kill(9).Times(Times.Between(1, 3));
        Assert.Equal(2, _mock.Verify.Run().Count);
    }

    [Theory]
    [InlineData("once")]
    [InlineData("never")]
    [InlineData("exactly")]
    [InlineData("at least")]
    [InlineData("at most")]
    public void Counts_that_do_not_hold_fail(string kind)
    {
        var verification = _mock.Verify.Run("ls");
        Action assertion = kind switch
        {
            "once" => verification.Once,
            "never" => verification.Never,
            "exactly" => () => verification.Times(3),
            "at least" => () => verification.AtLeast(3),
            _ => () => verification.AtMost(1),
        };

        Assert.Throws<MockVerificationException>(assertion);
    }

    [Fact]
    public void Failure_message_names_the_expectation_and_lists_every_call_with_arguments()
    {
        var error = Assert.Throws<MockVerificationException>(() => _mock.Verify.Run("pwd").Once());

        Assert.Equal(
            "Expected ShellDriverMock to receive Run(\"pwd\", Any) once, but it was received never.\n"
            + "Calls to ShellDriverMock (3):\n"
            + "  #1 Run(\"ls\", 1)\n"
            + "  #2 Run(\"ls\", 2)\n"
            + "  #3 Kill(9)",
            error.Message);
    }

    [Fact]
    public void Typed_calls_carry_their_arguments_and_order()
    {
        var calls = _mock.Verify.Run("ls").Calls;

        Assert.Equal(["ls", "ls"], calls.Select(c => c.Command));
        Assert.Equal([1, 2], calls.Select(c => c.Timeout));
        Assert.Equal([0L, 1L], calls.Select(c => c.Sequence));
        Assert.Equal("Run(\"ls\", 1)", calls[0].ToString());
    }

    [Fact]
    public void All_calls_are_listed_in_order_untyped()
    {
        Assert.Equal(["Run(\"ls\", 1)", "Run(\"ls\", 2)", "Kill(9)"], _mock.Calls.Select(c => c.ToString()));
        Assert.Equal(["ls", 2], _mock.Calls[1].Arguments);
        Assert.Equal("Kill", _mock.Calls[2].Member.Name);
    }
}
