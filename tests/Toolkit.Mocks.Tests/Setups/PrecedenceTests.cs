using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Setups;

/// <summary>When several setups match a call, the newest one wins (as in Moq).</summary>
public sealed class PrecedenceTests
{
    [Fact]
    public void Newest_matching_setup_wins_over_an_older_more_specific_one()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run("ls").Returns("specific");
        mock.Setup.Run().Returns("general");

        Assert.Equal("general", mock.Object.Run("ls"));
    }

    [Fact]
    public void Newer_setup_that_does_not_match_is_skipped()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("general");
        mock.Setup.Run("ls").Returns("specific");

        Assert.Equal("specific", mock.Object.Run("ls"));
        Assert.Equal("general", mock.Object.Run("pwd"));
    }

    [Fact]
    public void A_matching_setup_without_a_result_still_hides_older_ones()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("older");
        var seen = 0;
        mock.Setup.Run().Callback((_, _) => seen++);

        Assert.Null(mock.Object.Run("x"));
        Assert.Equal(1, seen);
    }

    [Fact]
    public void Reset_removes_every_setup()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Run().Returns("x");

        mock.Reset();

        Assert.Null(mock.Object.Run("a"));
    }
}
