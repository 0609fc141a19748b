using Microsoft.CodeAnalysis;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Mocks;

/// <summary>
/// Shapes met in interfaces users do not own, as packages really declare them (found by the package corpus): their mocks
/// and decorators compile without warnings under warnings-as-errors and nullable.
/// </summary>
public sealed class ForeignInterfaceShapeTests
{
    // A COM interface as a type library import declares it: properties with parameters that are not the indexer.
    private static readonly Lazy<MetadataReference> ComLibrary = new(() => Libraries.CompileVisualBasic("Interop", """
        Imports System.Runtime.InteropServices
        Namespace Interop
            <ComImport, Guid("6F3A5A5B-2E47-4E38-9B7E-3B1B4C1C2A10"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)>
            Public Interface IFrame
                Property Register(index As UInteger) As ULong
                ReadOnly Property Label(row As Integer, column As Integer) As String
                WriteOnly Property Flag(name As String) As Boolean
                Function Depth() As Integer
            End Interface

            <ComImport, Guid("6F3A5A5B-2E47-4E38-9B7E-3B1B4C1C2A11"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)>
            Public Interface IFrame2
                Inherits IFrame
                Property Register2(index As UInteger) As ULong
            End Interface
        End Namespace
        """));

    private static readonly Lazy<MetadataReference> EnumLibrary = new(() => Libraries.Compile("Lib", """
        namespace Lib;
        public enum Mode
        {
            Fast = 1,
            [System.Obsolete("Use Fast.", true)] Quick = 1,
            [System.Obsolete("Use Fast.", true)] Legacy = 2,
            [System.Diagnostics.CodeAnalysis.Experimental("LIBFIELD")] Preview = 3,
        }
        """));

    [Fact]
    public void Mock_of_a_com_interface_with_indexed_properties_compiles()
    {
        const string Source = """
            [assembly: Toolkit.GenerateMock(typeof(Interop.IFrame2))]
            namespace Interop;
            internal static class Use
            {
                public static ulong Read(IFrame2 frame) => frame.Register[3] + frame.Register2[4];
            }
            """;
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [ComLibrary.Value]);

        var run = GeneratorHarness.Run(compilation).ShouldCompileWithoutProblems();

        var mock = run.Source("Interop.IFrame2.Mock.g.cs");
        Assert.Contains("ulong global::Interop.IFrame.get_Register(uint index)", mock);
        Assert.Contains("void global::Interop.IFrame.set_Register(uint index, ulong value)", mock);
        Assert.Contains("string global::Interop.IFrame.get_Label(int row, int column)", mock);
        Assert.Contains("void global::Interop.IFrame.set_Flag(string name, bool value)", mock);
        Assert.Contains("ulong global::Interop.IFrame2.get_Register2(uint index)", mock);
    }

    [Fact]
    public void Decorators_of_an_interface_that_inherits_indexed_properties_compile()
    {
        const string Source = """
            #pragma warning disable CS1591
            namespace N;
            [Toolkit.GenerateTracking, Toolkit.GenerateValidation, Toolkit.GenerateMock]
            public partial interface IWalker : Interop.IFrame { int Steps(); }
            """;
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [ComLibrary.Value]);

        var run = GeneratorHarness.Run(compilation).ShouldCompileWithoutProblems();

        Assert.Contains(".Register[index] = value;", run.Source("N.IWalker.Tracking.g.cs"));
    }

    [Fact]
    public void Overloads_whose_conditions_differ_only_in_nullability_get_distinct_surface_names()
    {
        // System.IO.Abstractions' IFile: AppendAllText(string, string?) beside AppendAllText(string, ReadOnlySpan<char>),
        // whose span is matched as a string: both conditions would be Arg<string>.
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateMock]
            public partial interface IFile
            {
                void AppendAllText(string path, string? contents);
                void AppendAllText(string path, System.ReadOnlySpan<char> contents);
                string? GetFileName(string? path);
                System.ReadOnlySpan<char> GetFileName(System.ReadOnlySpan<char> path);
            }
            """).ShouldCompileCleanly();

        var mock = run.Source("N.IFile.Mock.g.cs");
        Assert.Contains("public AppendAllTextSetup AppendAllText(global::Toolkit.Mocking.Arg<string> path = default, global::Toolkit.Mocking.Arg<string?> contents = default)", mock);
        Assert.Contains("public FileAppendAllTextSetup FileAppendAllText(global::Toolkit.Mocking.Arg<string> path = default, global::Toolkit.Mocking.Arg<string> contents = default)", mock);
        Assert.Contains("public FileGetFileNameSetup FileGetFileName(global::Toolkit.Mocking.Arg<string> path = default)", mock);
    }

    [Fact]
    public void Enum_defaults_never_name_an_obsolete_or_experimental_member()
    {
        // The user's own code names the experimental member and opts in; the generated code must not need that.
        const string Source = """
            #pragma warning disable CS1591, LIBFIELD
            namespace N;
            [Toolkit.GenerateMock, Toolkit.GenerateTracking, Toolkit.GenerateValidation]
            public partial interface IRunner
            {
                void Run(Lib.Mode fast = Lib.Mode.Fast, Lib.Mode legacy = (Lib.Mode)2, Lib.Mode preview = Lib.Mode.Preview);
            }
            """;
        var compilation = TestCompilation.Create([("Source0.cs", Source)], extraReferences: [EnumLibrary.Value]);

        var run = GeneratorHarness.Run(compilation).ShouldCompileWithoutProblems();

        Assert.Contains("global::Lib.Mode fast = global::Lib.Mode.Fast, global::Lib.Mode legacy = (global::Lib.Mode)2, global::Lib.Mode preview = (global::Lib.Mode)3", run.Source("N.IRunner.Tracking.g.cs"));
        Assert.All(run.Sources.Values, source => Assert.DoesNotContain("LIBFIELD", source));
    }

    [Fact]
    public void Jagged_arrays_keep_the_nullability_of_each_level()
    {
        // NUnit's IFixtureBuilderForNestedGeneric.BuildFrom(…, Type[]?[] outerTypeArgsSets): an array of nullable arrays.
        var run = GeneratorHarness.Run("""
            namespace N;
            [Toolkit.GenerateMock, Toolkit.GenerateTracking]
            public partial interface IJagged
            {
                void Take(System.Type[]?[] sets, string[][]? table, string?[]?[]?[] deep, int[]?[,] grid);
            }
            """).ShouldCompileCleanly();

        Assert.Contains("global::System.Type[]?[] sets, string[][]? table, string?[]?[]?[] deep, int[]?[,] grid", run.Source("N.IJagged.Tracking.g.cs"));
    }
}
