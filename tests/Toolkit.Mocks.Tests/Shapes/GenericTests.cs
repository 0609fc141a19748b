using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Shapes;

/// <summary>Generic interfaces with every kind of constraint, and generic methods set up per type argument.</summary>
public sealed class GenericTests
{
    private readonly RepositoryMock<string, Uri, DateTime, int, List<int>, string?, Version> _mock = new();

    private IRepository<string, Uri, DateTime, int, List<int>, string?, Version> Repository => _mock.Object;

    [Fact]
    public void Members_using_the_interface_type_parameters_work()
    {
        var uri = new Uri("https://example.com");
        _mock.Setup.Find("home").Returns(uri);
        _mock.Setup.Measure(uri, 2).Returns(new DateTime(2020, 1, 1));

        Assert.Same(uri, Repository.Find("home"));
        Assert.Equal(new DateTime(2020, 1, 1), Repository.Measure(uri, 2));
        Assert.Null(Repository.Find("other"));
        Assert.Null(Repository.Create());
    }

    [Fact]
    public void Generic_method_setups_apply_to_their_type_argument_only()
    {
        var uri = new Uri("https://example.com");
        _mock.Setup.Convert<int>(uri).Returns(42);
        _mock.Setup.Convert<string>().Returns("text");

        Assert.Equal(42, Repository.Convert<int>(uri));
        Assert.Equal("text", Repository.Convert<string>(uri));
        Assert.Equal(0L, Repository.Convert<long>(uri));
        _mock.Verify.Convert<int>().Once();
        _mock.Verify.Convert<string>().Once();
        _mock.Verify.Convert<long>().Once();
        _mock.Verify.Convert<double>().Never();
    }

    [Fact]
    public void Generic_method_arguments_are_recorded_typed()
    {
        Repository.Pick(3, 4);
        Repository.Pick(1.5, 2.5);

        var call = _mock.Verify.Pick<int>().Calls.Single();
        Assert.Equal((3, 4), (call.First, call.Second));
        _mock.Verify.Pick(1.5, Arg.Any<double>()).Once();
    }

    [Fact]
    public void Open_generic_interface_from_another_assembly()
    {
        var comparer = new ComparerMock<string>();
        comparer.Setup.Compare("a", "b").Returns(-1);

        Assert.Equal(-1, comparer.Object.Compare("a", "b"));
        Assert.Equal(0, comparer.Object.Compare("b", "a"));
    }

    [Fact]
    public void Nullable_reference_type_argument_and_default_of_generic_method()
    {
        _mock.Setup.Maybe(new Version(1, 0)).Returns((string?)null);
        Assert.Null(Repository.Maybe(new Version(1, 0)));
        Assert.Equal(0, Repository.FirstOrDefault<int>([]));
    }
}
