using Toolkit.Generators.Naming;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

/// <summary>The one naming rule for generated types, and the hint names that keep outputs apart.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("IShellDriver", "ShellDriver")]
    [InlineData("IO", "O")]
    [InlineData("Interval", "Interval")]
    [InlineData("Driver", "Driver")]
    [InlineData("I", "I")]
    [InlineData("Iterator", "Iterator")]
    public void Stem_drops_a_leading_I_only_before_a_capital(string interfaceName, string stem)
        => Assert.Equal(stem, GeneratedNames.StripInterfacePrefix(interfaceName));

    [Fact]
    public void Every_output_name_derives_from_the_stem()
    {
        var model = Parse("namespace Company.Drivers; public interface IShellDriver { }", "Company.Drivers.IShellDriver");

        Assert.Equal("ShellDriverMock", GeneratedNames.Mock(model));
        Assert.Equal("TrackingShellDriver", GeneratedNames.Tracking(model));
        Assert.Equal("ValidatingShellDriver", GeneratedNames.Validating(model));
        Assert.Equal("ShellDriverServiceCollectionExtensions", GeneratedNames.ServiceCollectionExtensions(model));
        Assert.Equal("Company.Drivers", GeneratedNames.Namespace(model));
        Assert.Equal("global::Company.Drivers.ShellDriverMock", GeneratedNames.FullyQualified(model, GeneratedNames.Mock(model)));
        Assert.Equal("Company.Drivers.IShellDriver.Mock.g.cs", GeneratedNames.HintName(model, "Mock"));
    }

    [Fact]
    public void Nested_interfaces_take_their_containers_names_and_generic_parameters()
    {
        var model = Parse("namespace N; public class Outer<TOuter> { public interface IInner<T> where T : class { } }", "N.Outer`1+IInner`1");

        Assert.Equal("OuterInnerMock", GeneratedNames.Mock(model));
        Assert.Equal("<TOuter, T>", GeneratedNames.TypeParameterList(model));
        Assert.Equal(["where T : class"], GeneratedNames.ConstraintClauses(model));
        Assert.Equal("N.Outer_1_IInner_1.Mock.g.cs", GeneratedNames.HintName(model, "Mock"));
        Assert.Equal("global::N.Outer<TOuter>.IInner<T>", model.FullyQualifiedName);
    }

    [Fact]
    public void Global_namespace_and_keyword_namespaces()
    {
        var global = Parse("public interface IClock { }", "IClock");
        Assert.Equal("", GeneratedNames.Namespace(global));
        Assert.Equal("global::ClockMock", GeneratedNames.FullyQualified(global, "ClockMock"));

        var keyword = Parse("namespace @event.@class; public interface IThing { }", "event.class.IThing");
        Assert.Equal("@event.@class", GeneratedNames.Namespace(keyword));
    }

    [Fact]
    public void Mock_metadata_name_is_computed_before_parsing()
    {
        var compilation = TestCompilation.Create("namespace N; public class Outer { public interface IRepo<T> { } }");
        var symbol = compilation.GetTypeByMetadataName("N.Outer+IRepo`1")!;

        Assert.Equal("N.OuterRepoMock`1", GeneratedNames.MockMetadataName(symbol));
    }

    private static Model.InterfaceModel Parse(string source, string metadataName)
    {
        var compilation = TestCompilation.Create(source);
        var symbol = compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(symbol);
        return InterfaceParser.Parse(symbol, CancellationToken.None);
    }
}
