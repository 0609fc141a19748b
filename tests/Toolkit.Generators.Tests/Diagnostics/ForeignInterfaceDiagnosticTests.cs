using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Diagnostics;

/// <summary>
/// Interfaces from other assemblies that no mock can implement get a diagnostic that says why, on the request, and no
/// mock (which would not compile).
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
}
