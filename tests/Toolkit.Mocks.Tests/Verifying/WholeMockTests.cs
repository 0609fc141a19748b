using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Verifying;

/// <summary>Verifying that nothing else happened, that every setup was used, and switching recording off.</summary>
public sealed class WholeMockTests
{
    [Fact]
    public void No_other_calls_passes_when_every_call_was_verified()
    {
        var mock = new ShellDriverMock();
        mock.Object.Run("ls");
        mock.Object.Kill(1);

        mock.Verify.Run("ls").Once();
        mock.Verify.Kill().Once();
        mock.VerifyNoOtherCalls();
    }

    [Fact]
    public void No_other_calls_fails_and_lists_the_unverified_calls()
    {
        var mock = new ShellDriverMock();
        mock.Object.Run("ls");
        mock.Object.Kill(1);
        mock.Verify.Run().Once();

        var error = Assert.Throws<MockVerificationException>(mock.VerifyNoOtherCalls);

        Assert.StartsWith("Expected no calls to ShellDriverMock other than the verified ones, but 1 were not verified:\n  #2 Kill(1)", error.Message);
    }

    [Fact]
    public void Verify_all_fails_for_an_unused_setup()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run("ls").Returns("x");
        mock.Setup.Kill(3);
        mock.Object.Run("ls");

        var error = Assert.Throws<MockVerificationException>(mock.VerifyAll);

        Assert.Contains("these were not:\n  Kill(3)", error.Message);
        mock.Object.Kill(3);
        mock.VerifyAll();
    }

    [Fact]
    public void Recording_can_be_switched_off()
    {
        var mock = new ShellDriverMock(new MockOptions { RecordCalls = false });
        mock.Setup.Run().Returns("still answers");

        Assert.Equal("still answers", mock.Object.Run("x"));
        Assert.Empty(mock.Calls);
        Assert.Throws<InvalidOperationException>(() => mock.Verify.Run().Once());

        mock.RecordCalls = true;
        mock.Object.Run("y");
        mock.Verify.Run("y").Once();
    }

    [Fact]
    public void Clear_calls_forgets_calls_but_keeps_setups()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("kept");
        mock.Object.Run("a");

        mock.ClearCalls();

        mock.Verify.Run().Never();
        Assert.Equal("kept", mock.Object.Run("b"));
        mock.Verify.Run("b").Once();
    }

    [Fact]
    public void Journal_keeps_every_call_past_its_first_segments_and_after_clearing()
    {
        var mock = new ShellDriverMock();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 1000; i++)
            {
                mock.Object.Kill(i);
            }

            Assert.Equal(Enumerable.Range(0, 1000), mock.Verify.Kill().Calls.Select(c => c.ProcessId));
            mock.ClearCalls();
        }
    }

    [Fact]
    public void Calls_from_before_clearing_never_reappear_or_stay_verified()
    {
        var mock = new ShellDriverMock();
        for (var i = 0; i < 10; i++)
        {
            mock.Object.Kill(i);
        }

        mock.Verify.Kill().Times(10);
        mock.ClearCalls();
        mock.Object.Kill(100);
        mock.Object.Run("after");

        Assert.Equal(["Kill(100)", "Run(\"after\", 30)"], mock.Calls.Select(c => c.ToString()));
        mock.Verify.Kill(100).Once();
        var error = Assert.Throws<MockVerificationException>(mock.VerifyNoOtherCalls);
        Assert.Contains("#2 Run(\"after\", 30)", error.Message);
    }
}
