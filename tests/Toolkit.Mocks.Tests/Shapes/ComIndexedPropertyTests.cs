using Dia2Lib;

namespace Toolkit.Mocks.Tests.Shapes;

/// <summary>
/// A COM indexed property (a property with parameters that is not the indexer, as type library imports declare them) is
/// mocked like an indexer with a name, <c>mock.Setup.registerValue(index)</c>: set up, recorded and verified per index.
/// </summary>
public sealed class ComIndexedPropertyTests
{
    private readonly DiaStackWalkFrameMock _mock = new();

    private IDiaStackWalkFrame Frame => _mock.Object;

    [Fact]
    public void A_read_setup_answers_reads_of_its_index_only()
    {
        _mock.Setup.registerValue(3).Returns(42UL);

        Assert.Equal(42UL, Frame.registerValue[3]);
        Assert.Equal(0UL, Frame.registerValue[4]);
    }

    [Fact]
    public void Writes_are_recorded_with_their_index_and_value()
    {
        Frame.registerValue[5] = 9UL;

        _mock.Verify.registerValue(5).Set(9UL).Once();
        _mock.Verify.registerValue(6).Set().Never();
    }

    [Fact]
    public void A_write_setup_runs_its_callback_with_the_index_and_the_value()
    {
        var written = new List<(uint Index, ulong Value)>();
        _mock.Setup.registerValue(Arg.Any<uint>()).Set().Callback((index, value) => written.Add((index, value)));

        Frame.registerValue[1] = 10UL;
        Frame.registerValue[2] = 20UL;

        Assert.Equal([(1u, 10UL), (2u, 20UL)], written);
    }

    [Fact]
    public void A_strict_mock_rejects_a_read_without_setup()
    {
        var strict = new DiaStackWalkFrameMock(MockBehavior.Strict);

        Assert.Throws<UnexpectedCallException>(() => ((IDiaStackWalkFrame)strict).registerValue[1]);
    }
}
