using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Setups;

/// <summary>Setups match arguments by exact value, any value, a predicate or a custom matcher.</summary>
public sealed class ArgumentMatchingTests
{
    private readonly ShellDriverMock _mock = new();

    private IShellDriver Driver => _mock.Object;

    [Fact]
    public void Exact_value_matches_only_that_value()
    {
        _mock.Setup.Run("ls", 30).Returns("listing");

        Assert.Equal("listing", Driver.Run("ls", 30));
        Assert.Null(Driver.Run("ls", 31));
        Assert.Null(Driver.Run("pwd", 30));
    }

    [Fact]
    public void Any_matches_every_value()
    {
        _mock.Setup.Run(Arg.Any<string>(), Arg.Any<int>()).Returns("any");

        Assert.Equal("any", Driver.Run("a", 1));
        Assert.Equal("any", Driver.Run("b", 2));
    }

    [Fact]
    public void Omitted_condition_matches_every_value()
    {
        _mock.Setup.Run("ls").Returns("ls, any timeout");

        Assert.Equal("ls, any timeout", Driver.Run("ls", 1));
        Assert.Equal("ls, any timeout", Driver.Run("ls", 99));
    }

    [Fact]
    public void Predicate_matches_values_it_accepts()
    {
        _mock.Setup.Kill(Arg.Is<int>(id => id > 100)).Throws<InvalidOperationException>();

        Driver.Kill(5);
        Assert.Throws<InvalidOperationException>(() => Driver.Kill(500));
    }

    [Fact]
    public void Custom_matcher_decides_and_describes_itself()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);
        mock.Setup.Run(Arg.Matches(new StartsWith("git "))).Returns("ok");

        Assert.Equal("ok", mock.Object.Run("git status"));
        var error = Assert.Throws<UnexpectedCallException>(() => mock.Object.Run("svn status"));
        Assert.Contains("Run(starts with \"git \", Any)", error.Message);
    }

    [Fact]
    public void Predicate_source_text_appears_in_messages()
    {
        var mock = new ShellDriverMock(MockBehavior.Strict);
        mock.Setup.Kill(Arg.Is<int>(id => id > 100));

        var error = Assert.Throws<UnexpectedCallException>(() => mock.Object.Kill(1));

        Assert.Contains("Kill(id => id > 100)", error.Message);
    }

    [Fact]
    public void In_range_and_one_of_match_as_named()
    {
        _mock.Setup.Run(Arg.IsIn("a", "b"), Arg.IsInRange(1, 3)).Returns("hit");

        Assert.Equal("hit", Driver.Run("b", 3));
        Assert.Null(Driver.Run("c", 2));
        Assert.Null(Driver.Run("a", 4));
    }

    [Fact]
    public void Null_and_not_null_conditions()
    {
        var nullables = new NullablesMock();
        nullables.Setup.Get(Arg.Any<string>(), Arg.IsNull<string?>()).Returns("no fallback");
        nullables.Setup.Get(Arg.Any<string>(), Arg.IsNotNull<string?>()).Returns("fallback");

        Assert.Equal("no fallback", nullables.Object.Get("k", null));
        Assert.Equal("fallback", nullables.Object.Get("k", "f"));
    }

    [Fact]
    public void Interface_typed_parameter_matches_with_arg_is()
    {
        var formatter = System.Globalization.CultureInfo.InvariantCulture;
        var mock = new OverloadsMock();
        mock.Setup.Format(1.5, Arg.Is<IFormatProvider>(formatter)).Returns("1.5");

        Assert.Equal("1.5", mock.Object.Format(1.5, formatter));
        Assert.Null(mock.Object.Format(1.5, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Arrays_match_element_by_element()
    {
        var mock = new RefShapesMock();
        mock.Setup.Count(new[] { "a", "b" }).Returns(2);

        Assert.Equal(2, mock.Object.Count("a", "b"));
        Assert.Equal(0, mock.Object.Count("a", "c"));
    }

    [Fact]
    public void Spans_match_by_content()
    {
        var mock = new RefShapesMock();
        mock.Setup.Hash(new byte[] { 1, 2, 3 }).Returns(6);
        mock.Setup.Length("hello").Returns(5);

        Assert.Equal(6, mock.Object.Hash(stackalloc byte[] { 1, 2, 3 }));
        Assert.Equal(0, mock.Object.Hash(stackalloc byte[] { 3, 2, 1 }));
        Assert.Equal(5, mock.Object.Length("hello".AsSpan()));
    }

    private sealed class StartsWith(string prefix) : IArgumentMatcher<string>
    {
        public bool Matches(string value) => value.StartsWith(prefix, StringComparison.Ordinal);

        public override string ToString() => "starts with \"" + prefix + "\"";
    }
}
