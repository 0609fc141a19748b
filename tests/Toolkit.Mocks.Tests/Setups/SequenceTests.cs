using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Setups;

/// <summary>Sequences make successive calls behave differently; the last step repeats.</summary>
public sealed class SequenceTests
{
    [Fact]
    public void Steps_apply_in_order_and_the_last_repeats()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("one").Then().Returns("two").Then().Throws<TimeoutException>();

        Assert.Equal("one", mock.Object.Run("x"));
        Assert.Equal("two", mock.Object.Run("x"));
        Assert.Throws<TimeoutException>(() => mock.Object.Run("x"));
        Assert.Throws<TimeoutException>(() => mock.Object.Run("x"));
    }

    [Fact]
    public async Task Async_results_in_sequence()
    {
        var mock = new ShellDriverMock();
        mock.Setup.RunAsync().ThrowsAsync(new IOException("flaky")).Then().ReturnsAsync(0);

        await Assert.ThrowsAsync<IOException>(() => mock.Object.RunAsync("x", default));
        Assert.Equal(0, await mock.Object.RunAsync("x", default));
    }

    [Fact]
    public void A_step_without_a_result_hands_on_to_the_default()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("configured").Then().CallsBase();

        Assert.Equal("configured", mock.Object.Run("x"));
        Assert.Null(mock.Object.Run("x"));
    }
}
