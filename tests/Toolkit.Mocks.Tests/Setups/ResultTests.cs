using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Setups;

/// <summary>A setup returns a fixed value, a value computed from the arguments, throws, or runs a callback.</summary>
public sealed class ResultTests
{
    private readonly ShellDriverMock _mock = new();

    private IShellDriver Driver => _mock.Object;

    [Fact]
    public void Returns_a_fixed_value()
    {
        _mock.Setup.Run().Returns("fixed");
        Assert.Equal("fixed", Driver.Run("x"));
    }

    [Fact]
    public void Returns_a_value_computed_from_the_arguments()
    {
        _mock.Setup.Run().Returns((command, timeout) => command + ":" + timeout);
        Assert.Equal("ls:7", Driver.Run("ls", 7));
    }

    [Fact]
    public void Throws_the_given_exception()
    {
        var failure = new TimeoutException("too slow");
        _mock.Setup.Run().Throws(failure);

        Assert.Same(failure, Assert.Throws<TimeoutException>(() => Driver.Run("x")));
    }

    [Fact]
    public void Throws_a_new_exception_per_call()
    {
        _mock.Setup.Kill().Throws(() => new InvalidOperationException("gone"));

        var first = Assert.Throws<InvalidOperationException>(() => Driver.Kill(1));
        var second = Assert.Throws<InvalidOperationException>(() => Driver.Kill(1));
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Throws_an_exception_of_a_type()
    {
        _mock.Setup.Kill().Throws<UnauthorizedAccessException>();
        Assert.Throws<UnauthorizedAccessException>(() => Driver.Kill(1));
    }

    [Fact]
    public void Callback_receives_the_arguments_and_the_result_still_applies()
    {
        var seen = new List<string>();
        _mock.Setup.Run().Callback((command, timeout) => seen.Add(command + "/" + timeout)).Returns("done");

        Assert.Equal("done", Driver.Run("a", 1));
        Assert.Equal(["a/1"], seen);
    }

    [Fact]
    public void Callback_on_a_void_member()
    {
        var killed = 0;
        _mock.Setup.Kill().Callback(id => killed = id);

        Driver.Kill(77);

        Assert.Equal(77, killed);
    }

    [Fact]
    public void Configuring_again_replaces_the_behaviour()
    {
        var setup = _mock.Setup.Run().Returns("first");
        setup.Returns("second");

        Assert.Equal("second", Driver.Run("x"));
    }

    [Fact]
    public void Returning_null_for_a_nullable_result()
    {
        var nullables = new NullablesMock();
        nullables.Setup.Get().Returns((string?)null);
        Assert.Null(nullables.Object.Get("k", "fallback"));
    }
}
