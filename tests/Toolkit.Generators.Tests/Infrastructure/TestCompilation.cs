using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Toolkit.Generators.Tests.Infrastructure;

/// <summary>Builds in-memory compilations configured like a user's project: nullable on, warnings as errors, docs checked.</summary>
internal static class TestCompilation
{
    /// <summary>C# 14, with documentation comments parsed so missing docs (CS1591) on generated public API are caught.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.Diagnose);

    /// <summary>Creates a library compilation from <paramref name="sources"/> (file names Source0.cs, Source1.cs, …).</summary>
    public static CSharpCompilation Create(params string[] sources)
        => Create(sources.Select((s, i) => ("Source" + i + ".cs", s)), assemblyName: "TestAssembly");

    public static CSharpCompilation Create(IEnumerable<(string Path, string Source)> sources, string assemblyName = "TestAssembly", IEnumerable<MetadataReference>? extraReferences = null, bool allowUnsafe = false, NullableContextOptions nullable = NullableContextOptions.Enable)
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, ParseOptions, s.Path)),
            References.All.AddRange(extraReferences ?? []),
            Options(allowUnsafe, nullable));

    /// <summary>The same compilation with the tree at <paramref name="path"/> replaced by <paramref name="source"/>: an edit, as the IDE makes it.</summary>
    public static Compilation Replace(Compilation compilation, string path, string source)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, ParseOptions, path));
    }

    public static CSharpCompilationOptions Options(bool allowUnsafe = false, NullableContextOptions nullable = NullableContextOptions.Enable)
        => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, allowUnsafe: allowUnsafe)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // Test sources have no XML docs; generated code is checked separately (see GeneratorRun.GeneratedCodeDiagnostics).
                ["CS1591"] = ReportDiagnostic.Error,
                // Unused usings in test sources are not the generator's concern.
                ["CS8019"] = ReportDiagnostic.Suppress,
            });

    /// <summary>Diagnostics of at least warning severity (warnings are errors in user projects).</summary>
    public static ImmutableArray<Diagnostic> Problems(this Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToImmutableArray();
}
