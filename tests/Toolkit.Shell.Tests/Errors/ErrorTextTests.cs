using System.Globalization;
using Toolkit.Errors;

namespace Toolkit.Shell.Tests.Errors;

public sealed class ErrorTextTests
{
    [Fact]
    public void Quote_escapes_line_breaks_so_a_value_cannot_forge_log_lines()
    {
        Assert.Equal("'a\\nb\\r\\tc\\u0007'", ErrorText.Quote("a\nb\r\tc\a"));
    }

    [Fact]
    public void Quote_shortens_long_values_with_an_ellipsis()
    {
        var quoted = ErrorText.Quote(new string('x', 1000));

        Assert.Equal(ErrorText.MaxQuotedLength + 3, quoted.Length);
        Assert.EndsWith("…'", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_shows_null_as_null()
    {
        Assert.Equal("(null)", ErrorText.Quote(null));
    }

    [Theory]
    [InlineData("disk full.", "disk full")]
    [InlineData("  spaced out .  ", "spaced out")]
    [InlineData("", "no reason was given")]
    [InlineData(null, "no reason was given")]
    [InlineData("wait...", "wait...")]
    public void Reason_is_trimmed_of_its_full_stop_so_messages_never_end_in_two(string? reason, string expected)
    {
        Assert.Equal(expected, ErrorText.Reason(reason));
    }

    [Theory]
    [InlineData(250, "250 ms")]
    [InlineData(1500, "1.5 s")]
    [InlineData(125_000, "2 min 5 s")]
    [InlineData(120_000, "2 min")]
    public void Duration_reads_naturally(int milliseconds, string expected)
    {
        Assert.Equal(expected, ErrorText.Duration(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Duration_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1.5 s", ErrorText.Duration(TimeSpan.FromMilliseconds(1500)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
