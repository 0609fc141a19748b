using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Model;
using Toolkit.Generators.Pipeline;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Diagnostics;

/// <summary>One test per diagnostic: its ID, its location on the user's code, and that nothing broken is generated.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void TK0001_interface_that_is_not_partial()
    {
        const string Source = "namespace N;\n[Toolkit.GenerateMock]\npublic interface IShell { void Run(); }\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0001", Source, "IShell");

        Assert.Equal("Interface 'IShell' must be declared partial to use [GenerateMock]", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(Source).Result.GeneratedSources);
    }

    [Fact]
    public void TK0001_applies_to_every_toolkit_attribute()
    {
        const string Source = "namespace N;\n[Toolkit.GenerateTracking]\npublic interface IShell { void Run(); }\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0001", Source, "IShell");

        Assert.Contains("[GenerateTracking]", diagnostic.GetMessage());
    }

    [Fact]
    public void TK0002_attribute_on_a_class()
    {
        const string Source = "namespace N;\n[Toolkit.GenerateMock]\npublic sealed class ShellDriver { }\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0002", Source, "ShellDriver");

        Assert.Equal("[GenerateMock] can only be applied to an interface, but 'ShellDriver' is a class", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(Source).Result.GeneratedSources);
    }

    [Fact]
    public void TK0003_private_nested_interface()
    {
        const string Source = "namespace N;\npublic partial class Outer\n{\n    [Toolkit.GenerateMock]\n    private partial interface IHidden { void Run(); }\n}\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0003", Source, "IHidden");

        Assert.Contains("is private", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(Source).Result.GeneratedSources);
    }

    [Fact]
    public void TK0004_member_internal_to_another_assembly()
    {
        var library = Libraries.Compile("Vendor", "namespace Vendor;\npublic interface IApi\n{\n    void Visible();\n    internal void Hidden();\n}\n");
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Vendor.IApi))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0004", Source, "typeof(Vendor.IApi)");

        Assert.Equal("Member 'IApi.Hidden()' of interface 'IApi' cannot be implemented: it is internal to assembly 'Vendor'", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(compilation).Result.GeneratedSources);
    }

    [Fact]
    public void TK0005_static_abstract_member()
    {
        const string Source = "namespace N;\n[Toolkit.GenerateMock]\npublic partial interface IFormat<TSelf> where TSelf : IFormat<TSelf>\n{\n    static abstract TSelf Parse(string text);\n    string Describe();\n}\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0005", Source, "Parse");

        Assert.Equal("Interface 'IFormat<TSelf>' declares static abstract member 'IFormat<TSelf>.Parse(string text)'; generated instances cannot implement static members", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(Source).Result.GeneratedSources);
    }

    [Fact]
    public void TK0006_pointer_member_without_unsafe_code()
    {
        var library = Libraries.Compile("Native", "namespace Native;\npublic unsafe interface IBuffer { void Copy(byte* source, int length); }\n", allowUnsafe: true);
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Native.IBuffer))]\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0006", Source, "typeof(Native.IBuffer)");

        Assert.Contains("AllowUnsafeBlocks", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(compilation).Result.GeneratedSources);
        GeneratorHarness.Run(compilation.WithOptions(compilation.Options.WithAllowUnsafe(true))).ShouldCompileCleanly();
    }

    [Fact]
    public void TK0049_an_emitter_failure_is_reported_not_thrown()
    {
        var target = new InterfaceTarget { Interface = new InterfaceModel { Name = "IShell", DisplayName = "IShell" } };

        var result = CSharpGeneratorDriver.Create(new ThrowingEmitterGenerator(target))
            .RunGenerators(CSharpCompilation.Create("X"))
            .GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TK0049", diagnostic.Id);
        Assert.Equal("The Toolkit generator failed on 'IShell': InvalidOperationException: boom", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void TK0050_typeof_a_class()
    {
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(System.Text.StringBuilder))]\n";

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0050", Source, "typeof(System.Text.StringBuilder)");

        Assert.Equal("typeof(System.Text.StringBuilder) in [assembly: GenerateMock] names a class; only interfaces can be mocked", diagnostic.GetMessage());
        Assert.Empty(GeneratorHarness.Run(Source).Result.GeneratedSources);
    }

    [Fact]
    public void TK0051_assembly_attribute_without_a_type()
    {
        const string Source = "[assembly: Toolkit.GenerateMock]\n";

        DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0051", Source, "Toolkit.GenerateMock");

        Assert.Empty(GeneratorHarness.Run(Source).Result.GeneratedSources);
    }

    [Fact]
    public void TK0052_same_interface_requested_twice_at_assembly_level()
    {
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(System.IDisposable))]\n[assembly: Toolkit.GenerateMock(typeof(System.IDisposable))]\n";

        DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0052", Source, "typeof(System.IDisposable)", occurrence: 2);

        Assert.Single(GeneratorHarness.Run(Source).ShouldCompileCleanly().Result.GeneratedSources);
    }

    [Fact]
    public void TK0052_interface_also_requested_at_assembly_level()
    {
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(N.IShell))]\nnamespace N\n{\n    [Toolkit.GenerateMock]\n    public partial interface IShell { void Run(); }\n}\n";

        DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0052", Source, "typeof(N.IShell)");

        Assert.Single(GeneratorHarness.Run(Source).ShouldCompileCleanly().Result.GeneratedSources);
    }

    [Fact]
    public void TK0052_attribute_repeated_on_partial_declarations()
    {
        const string Source = "namespace N;\n[Toolkit.GenerateMock]\npublic partial interface IShell { void Run(); }\n[Toolkit.GenerateMock]\npublic partial interface IShell { void Stop(); }\n";

        DiagnosticAssert.Single(GeneratorHarness.Analyze(Source), "TK0052", Source, "Toolkit.GenerateMock", occurrence: 2);

        var run = GeneratorHarness.Run(Source).ShouldCompileCleanly();
        Assert.Contains("Stop", Assert.Single(run.Result.GeneratedSources).SourceText.ToString());
    }

    [Fact]
    public void TK0053_mock_already_in_a_referenced_assembly()
    {
        var library = Libraries.Compile("Drivers", "namespace Drivers;\n[Toolkit.GenerateMock]\npublic partial interface IShell { void Run(); }\n", runGenerator: true);
        const string Source = "[assembly: Toolkit.GenerateMock(typeof(Drivers.IShell))]\nclass UsesIt { Drivers.ShellMock Mock = new(); }\n";
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [library]);

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0053", Source, "typeof(Drivers.IShell)");

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var run = GeneratorHarness.Run(compilation);
        Assert.Empty(run.Result.GeneratedSources);
        Assert.Empty(run.OutputCompilation.Problems().Where(d => d.Id != "CS0169" && d.Id != "CS0414"));
    }

    [Theory]
    [InlineData("namespace N;\n[Toolkit.GenerateMock]\ninternal partial interface IShell { void Run(); }\n", "IShell")]
    [InlineData("[assembly: Toolkit.GenerateMock(typeof(System.IDisposable))]\n", "typeof(System.IDisposable)")]
    public void TK0054_mock_requested_without_the_mocking_package(string source, string span)
    {
        var compilation = WithoutMockingRuntime(TestCompilation.Create(source));

        var diagnostic = DiagnosticAssert.Single(GeneratorHarness.Analyze(compilation), "TK0054", source, span);

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("<PackageReference Include=\"Toolkit.Mocking\" />", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var run = GeneratorHarness.Run(compilation);
        Assert.Empty(run.Result.GeneratedSources);
        Assert.Empty(run.OutputCompilation.Problems());
    }

    [Fact]
    public void Invalid_targets_never_make_the_generator_throw()
    {
        const string Source = """
            [assembly: Toolkit.GenerateMock]
            [assembly: Toolkit.GenerateMock(null)]
            [assembly: Toolkit.GenerateMock(typeof(int))]
            [assembly: Toolkit.GenerateMock(typeof(System.Action))]
            [assembly: Toolkit.GenerateMock(typeof(DoesNotExist))]
            namespace N;
            [Toolkit.GenerateMock] public class C { }
            [Toolkit.GenerateMock] public struct S { }
            [Toolkit.GenerateMock] public interface INotPartial { }
            [Toolkit.GenerateMock] public partial interface IBroken { UnknownType Member(AlsoUnknown x); }
            """;

        var run = GeneratorHarness.Run(Source);

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.All(run.Result.GeneratedSources, s => Assert.Contains("IBroken", s.HintName));
    }

    private sealed class ThrowingEmitterGenerator(InterfaceTarget target) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.CompilationProvider, (output, _) => OutputGuard.Emit(output, target, Fail));

        private static (string HintName, Microsoft.CodeAnalysis.Text.SourceText Source) Fail(InterfaceModel model) => throw new InvalidOperationException("boom");
    }

    private static CSharpCompilation WithoutMockingRuntime(CSharpCompilation compilation)
        => compilation.RemoveReferences(compilation.References.Where(r => r.Display?.EndsWith("Toolkit.Mocking.dll", StringComparison.Ordinal) == true));
}
