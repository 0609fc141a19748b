using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Properties;

/// <summary>Indexers remember values per index and can be set up per index.</summary>
public sealed class IndexerTests
{
    private readonly ShellDriverMock _mock = new();

    private IShellDriver Driver => _mock.Object;

    [Fact]
    public void Each_index_remembers_its_own_value()
    {
        Driver["A"] = 1;
        Driver["B"] = 2;

        Assert.Equal(1, Driver["A"]);
        Assert.Equal(2, Driver["B"]);
        Assert.Equal(0, Driver["C"]);
    }

    [Fact]
    public void Setup_per_index_wins()
    {
        _mock.Setup["PATH"].Returns(7);
        _mock.Setup[Arg.Any<string>()].Get().Returns(1);
        _mock.Setup["HOME"].Get().Returns(9);

        Assert.Equal(9, Driver["HOME"]);
        Assert.Equal(1, Driver["PATH"]);
    }

    [Fact]
    public void Index_reads_and_writes_are_verifiable_with_typed_arguments()
    {
        Driver["X"] = 5;
        _ = Driver["X"];

        _mock.Verify["X"].Set(5).Once();
        _mock.Verify[Arg.Any<string>()].Get().Once();
        var write = _mock.Verify["X"].Set().Calls.Single();
        Assert.Equal(("X", 5), (write.Variable, write.Value));
    }
}
