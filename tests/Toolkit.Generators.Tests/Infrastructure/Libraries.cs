using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.VisualBasic;

namespace Toolkit.Generators.Tests.Infrastructure;

/// <summary>Compiles a referenced assembly in memory, as if it came from a NuGet package or another project.</summary>
internal static class Libraries
{
    /// <summary>Compiles <paramref name="source"/> (optionally running the generator on it) and returns a reference to the image.</summary>
    public static MetadataReference Compile(string assemblyName, string source, bool allowUnsafe = false, bool runGenerator = false)
    {
        Compilation compilation = TestCompilation.Create([(assemblyName + ".cs", source)], assemblyName, allowUnsafe: allowUnsafe);
        if (runGenerator)
        {
            var run = GeneratorHarness.Run(compilation).ShouldCompileCleanly();
            compilation = run.OutputCompilation;
        }

        return Emit(compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)])));
    }

    /// <summary>
    /// Compiles Visual Basic <paramref name="source"/>, for shapes C# cannot declare but users meet in other assemblies:
    /// properties with parameters, COM interfaces with indexed properties.
    /// </summary>
    public static MetadataReference CompileVisualBasic(string assemblyName, string source)
        => Emit(VisualBasicCompilation.Create(
            assemblyName,
            [VisualBasicSyntaxTree.ParseText(source, path: assemblyName + ".vb")],
            References.Framework,
            new VisualBasicCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    private static MetadataReference Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
