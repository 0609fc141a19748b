using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Setups;

/// <summary>Setups assign out and ref parameters.</summary>
public sealed class OutAndRefTests
{
    [Fact]
    public void Assigns_sets_an_out_parameter()
    {
        var mock = new ShellDriverMock();
        mock.Setup.TryGetExitCode(42).Returns(true).Assigns(exitCode: 137);

        Assert.True(mock.Object.TryGetExitCode(42, out var exitCode));
        Assert.Equal(137, exitCode);
    }

    [Fact]
    public void Computed_result_assigns_out_parameters_itself()
    {
        var mock = new RefShapesMock();
        mock.Setup.TryParse().Returns((string text, out int value) => int.TryParse(text, out value));

        Assert.True(mock.Object.TryParse("12", out var parsed));
        Assert.Equal(12, parsed);
        Assert.False(mock.Object.TryParse("x", out _));
    }

    [Fact]
    public void Assigns_sets_ref_parameters()
    {
        var mock = new RefShapesMock();
        mock.Setup.Swap(1, 2).Assigns(left: 2, right: 1);

        int left = 1, right = 2;
        mock.Object.Swap(ref left, ref right);

        Assert.Equal((2, 1), (left, right));
    }

    [Fact]
    public void Callback_receives_ref_parameters_by_reference()
    {
        var mock = new ShellDriverMock();
        mock.Setup.Increment().Callback((ref int counter) => counter++);

        var value = 41;
        mock.Object.Increment(ref value);

        Assert.Equal(42, value);
    }

    [Fact]
    public void Ref_parameter_matches_on_the_incoming_value_and_is_recorded()
    {
        var mock = new ShellDriverMock();
        var value = 9;
        mock.Object.Increment(ref value);

        mock.Verify.Increment(9).Once();
        Assert.Equal(9, mock.Verify.Increment().Calls.Single().Counter);
    }

    [Fact]
    public void Ref_return_gives_a_reference_to_the_configured_value()
    {
        var mock = new RefShapesMock();
        mock.Setup.Slot(0).Returns(10);

        ref var slot = ref mock.Object.Slot(0);
        Assert.Equal(10, slot);
        slot = 11;
        Assert.Equal(10, mock.Object.Slot(0));
        Assert.Equal(0, mock.Object.Slot(1));
    }

    [Fact]
    public void In_and_ref_readonly_parameters_are_matched_by_value()
    {
        var mock = new RefShapesMock();
        mock.Setup.Sum(1L, 2L).Returns(3);

        long first = 1, second = 2;
        Assert.Equal(3, mock.Object.Sum(in first, ref second));
    }
}
