using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Diagnostics;

/// <summary>
/// Interfaces from other assemblies that no mock can implement get a diagnostic that says why, on the request, and no
/// mock (which would not compile); interfaces whose mocks would share a name get TK0070 on all but one request.
/// </summary>
public sealed class ForeignInterfaceDiagnosticTests
{
    [Theory]
    [InlineData("int Count { get; internal set; }", "IApi.Count", "set")]
    [InlineData("int Count { internal get; set; }", "IApi.Count", "get")]
    [InlineData("string Name { get; internal init; }", "IApi.Name", "init")]
    public void TK0004_accessor_internal_to_another_assembly(string property, string member, string accessor)
    {
        var library = Libraries.Compile("Vendor", "namespace Vendor;\npublic interface IApi\n{\n    void Visible();\n    " + property + "\n}\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Vendor.IApi))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0004", Source, "typeof(Vendor.IApi)");

        Assert.Equal("Member '" + member + "' of interface 'IApi' cannot be implemented: its " + accessor + " accessor is internal to assembly 'Vendor'", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(compilation).Result.GeneratedSources);
    }

    [Fact]
    public void TK0004_internal_accessor_of_an_inherited_property()
    {
        var library = Libraries.Compile("Vendor", "namespace Vendor;\npublic interface IBase { int Count { get; internal set; } }\npublic interface IApi : IBase { void Visible(); }\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Vendor.IApi))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0004", Source, "typeof(Vendor.IApi)");

        Assert.Equal("Member 'IBase.Count' of interface 'IApi' cannot be implemented: its set accessor is internal to assembly 'Vendor'", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(compilation).Result.GeneratedSources);
    }

    [Fact]
    public void An_internal_accessor_is_implementable_with_internals_visible()
    {
        var library = Libraries.Compile("Vendor", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"TestAssembly\")]\nnamespace Vendor;\npublic interface IApi\n{\n    int Count { get; internal set; }\n}\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Vendor.IApi))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        Assert.DoesNotContain(GeneratorHarness.Analyze(compilation), d => d.Id.StartsWith("TK", StringComparison.Ordinal));
        GeneratorHarness.Run(compilation).ShouldCompileCleanly();
    }

    [Theory]
    [InlineData("protected internal void Hidden();", "IApi.Hidden()", "protected internal")]
    [InlineData("private protected void Hidden();", "IApi.Hidden()", "private protected")]
    public void TK0004_names_the_accessibility_as_csharp_writes_it(string member, string display, string accessibility)
    {
        var library = Libraries.Compile("Vendor", "namespace Vendor;\npublic interface IApi\n{\n    void Visible();\n    " + member + "\n}\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Vendor.IApi))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0004", Source, "typeof(Vendor.IApi)");

        Assert.Equal("Member '" + display + "' of interface 'IApi' cannot be implemented: it is " + accessibility + " to assembly 'Vendor'", diagnostic.GetMessage());
    }

    [Fact]
    public void TK0004_property_with_parameters_outside_com()
    {
        var library = Libraries.CompileVisualBasic("Legacy", """
            Namespace Legacy
                Public Interface ISheet
                    Property Cell(row As Integer, column As Integer) As String
                    Function Name() As String
                End Interface
            End Namespace
            """);
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Legacy.ISheet))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0004", Source, "typeof(Legacy.ISheet)");

        Assert.Equal("Member 'ISheet.Cell[int row, int column]' of interface 'ISheet' cannot be implemented: it is a property with parameters, which C# supports only on COM-imported interfaces", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(compilation).Result.GeneratedSources);
    }

    [Fact]
    public void TK0070_assembly_level_request_whose_mock_name_is_taken()
    {
        // A COM type library import declares the class interface 'Walker' beside 'IWalker': both mocks would be WalkerMock.
        var library = Libraries.Compile("Interop", "namespace Interop;\npublic interface IWalker { int Next(); }\npublic interface Walker : IWalker { }\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Interop.Walker))]\n[assembly: Toolkit.GenerateMock(typeof(Interop.IWalker))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0070", Source, "typeof(Interop.Walker)");

        Assert.Equal("The mock of 'Walker' would be named 'Interop.WalkerMock', which the mock of 'IWalker' takes; no mock is generated for 'Walker'", diagnostic.GetMessage());
        var run = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
        Assert.Equal(["Interop.IWalker.Mock.g.cs"], run.Sources.Keys);
    }

    [Fact]
    public void TK0070_interface_level_requests_keep_their_name_against_assembly_level_ones()
    {
        var library = Libraries.Compile("Interop", "namespace N;\npublic interface Walker { int Next(); }\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(N.Walker))]\nnamespace N;\n[Toolkit.GenerateMock]\npublic partial interface IWalker { int Step(); }\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0070", Source, "typeof(N.Walker)");

        Assert.Equal("The mock of 'Walker' would be named 'N.WalkerMock', which the mock of 'IWalker' takes; no mock is generated for 'Walker'", diagnostic.GetMessage());
        var run = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
        Assert.Equal(["N.IWalker.Mock.g.cs"], run.Sources.Keys);
    }

    [Fact]
    public void TK0070_two_interface_level_requests_for_one_name()
    {
        const string Source = "namespace N;\n[Toolkit.GenerateMock]\npublic partial interface Walker { int Next(); }\n[Toolkit.GenerateMock]\npublic partial interface IWalker { int Step(); }\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0070", Source, "Walker");

        Assert.Equal("The mock of 'Walker' would be named 'N.WalkerMock', which the mock of 'IWalker' takes; no mock is generated for 'Walker'", diagnostic.GetMessage());
        var run = GeneratorHarness.Run(Source).ShouldCompileCleanly();
        Assert.Equal(["N.IWalker.Mock.g.cs"], run.Sources.Keys);
    }

    [Fact]
    public void TK0070_generic_mocks_clash_only_with_the_same_arity()
    {
        var library = Libraries.Compile("Interop", "namespace N;\npublic interface IRepo<T> { T Get(); }\npublic interface Repo<T> { T Get(); }\npublic interface Repo { int Count(); }\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(N.IRepo<>))]\n[assembly: Toolkit.GenerateMock(typeof(N.Repo<>))]\n[assembly: Toolkit.GenerateMock(typeof(N.Repo))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0070", Source, "typeof(N.Repo<>)");

        Assert.Equal("The mock of 'Repo<T>' would be named 'N.RepoMock', which the mock of 'IRepo<T>' takes; no mock is generated for 'Repo<T>'", diagnostic.GetMessage());
        var run = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
        Assert.Equal(["N.IRepo_1.Mock.g.cs", "N.Repo.Mock.g.cs"], run.Sources.Keys.Order(StringComparer.Ordinal));
    }
}
