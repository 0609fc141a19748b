using Toolkit.Mocking;
using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Verifying;

/// <summary>Verifying the order of calls across members, and across mocks sharing a sequence.</summary>
public sealed class OrderTests
{
    [Fact]
    public void Calls_in_the_expected_order_pass_even_with_others_between()
    {
        var mock = new ShellDriverMock();
        mock.Object.Name = "sh";
        mock.Object.Run("build");
        mock.Object.Kill(1);
        mock.Object.Run("test");

        Verification.InOrder(mock.Verify.Name.Set(), mock.Verify.Run("build"), mock.Verify.Run("test"));
    }

    [Fact]
    public void Calls_out_of_order_fail_naming_the_broken_step()
    {
        var mock = new ShellDriverMock();
        mock.Object.Run("test");
        mock.Object.Run("build");

        var error = Assert.Throws<MockVerificationException>(() => Verification.InOrder(mock.Verify.Run("build"), mock.Verify.Run("test")));

        Assert.Contains("No call matching Run(\"test\", Any) came after Run(\"build\", Any).", error.Message);
        Assert.Contains("#1 Run(\"test\", 30)", error.Message);
    }

    [Fact]
    public void Order_across_mocks_with_a_shared_sequence()
    {
        var sequence = new MockSequence();
        var shell = new ShellDriverMock(new MockOptions { Sequence = sequence });
        var clock = new GlobalClockMock(new MockOptions { Sequence = sequence });

        _ = clock.Object.Now;
        shell.Object.Kill(1);

        Verification.InOrder(clock.Verify.Now.Get(), shell.Verify.Kill());
        Assert.Throws<MockVerificationException>(() => Verification.InOrder(shell.Verify.Kill(), clock.Verify.Now.Get()));
    }

    [Fact]
    public void Order_across_mocks_without_a_shared_sequence_is_refused()
    {
        var shell = new ShellDriverMock();
        var clock = new GlobalClockMock();

        Assert.Throws<InvalidOperationException>(() => Verification.InOrder(clock.Verify.Now.Get(), shell.Verify.Kill()));
    }
}
