using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>
/// Mocks every public, non-obsolete interface of the .NET reference assemblies through
/// <c>[assembly: GenerateMock(typeof(...))]</c> in one compilation: the generator must not throw, the generated code must
/// compile without errors or warnings, and only interfaces that truly cannot be mocked may get a diagnostic.
/// </summary>
public sealed class FrameworkCorpusTests(ITestOutputHelper output)
{
    // The only reasons an interface of the framework may end without a mock.
    private static readonly HashSet<string> AcceptedDiagnostics = ["TK0005"];

    [Fact]
    public void Every_public_framework_interface_is_mocked_or_explained()
    {
        var clock = Stopwatch.StartNew();
        var probe = TestCompilation.Create("");
        var interfaces = PublicInterfaces(probe).ToList();
        var source = new StringBuilder("using Toolkit;\n");
        foreach (var type in interfaces)
        {
            source.Append("[assembly: GenerateMock(typeof(").Append(TypeOfName(type)).Append("))]\n");
        }

        var compilation = TestCompilation.Create([("Corpus.cs", source.ToString())], assemblyName: "Corpus", allowUnsafe: true)
            .WithOptions(TestCompilation.Options(allowUnsafe: true).WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)]));
        var run = GeneratorHarness.Run(compilation);
        var generated = clock.Elapsed;

        var analyzerDiagnostics = GeneratorHarness.Analyze(compilation).Where(d => d.Id.StartsWith("TK", StringComparison.Ordinal)).ToList();
        var problems = run.GeneratedCodeDiagnostics;
        var byId = analyzerDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).ToList();

        output.WriteLine("Public, non-obsolete interfaces in " + References.FrameworkDirectory + ": " + interfaces.Count);
        output.WriteLine("Generic interfaces among them: " + interfaces.Count(i => i.IsGenericType));
        output.WriteLine("Mocks generated: " + run.Result.GeneratedSources.Length);
        foreach (var group in byId)
        {
            output.WriteLine("Not mocked, " + group.Key + ": " + group.Count() + " (e.g. " + string.Join(", ", group.Take(3).Select(d => d.GetMessage().Split('\'')[1])) + ")");
        }

        output.WriteLine("Errors and warnings in generated code: " + problems.Length);
        output.WriteLine("Generator exceptions: " + (run.Result.Exception is null ? 0 : 1) + "; generator diagnostics: " + run.GeneratorDiagnostics.Length);
        output.WriteLine("Generated lines: " + run.Result.GeneratedSources.Sum(s => s.SourceText.Lines.Count));
        output.WriteLine("Time: generate " + generated.TotalSeconds.ToString("F1") + " s, compile and analyze " + (clock.Elapsed - generated).TotalSeconds.ToString("F1") + " s");

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(problems.IsEmpty, "Generated code has problems:\n" + string.Join("\n", problems.Take(40)));
        Assert.All(analyzerDiagnostics, d => Assert.Contains(d.Id, AcceptedDiagnostics));
        Assert.Equal(interfaces.Count - analyzerDiagnostics.Count, run.Result.GeneratedSources.Length);
    }

    private static IEnumerable<INamedTypeSymbol> PublicInterfaces(Compilation compilation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            if (assembly.Name.StartsWith("Toolkit", StringComparison.Ordinal) || assembly.Name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var type in Types(assembly.GlobalNamespace))
            {
                if (type.TypeKind == TypeKind.Interface && IsPublic(type) && !IsObsolete(type) && seen.Add(type.ToDisplayString()))
                {
                    yield return type;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in Types(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in Types(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsObsolete(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static string TypeOfName(INamedTypeSymbol type)
    {
        var name = type.IsGenericType ? type.Name + "<" + new string(',', type.TypeParameters.Length - 1) + ">" : type.Name;
        name = SyntaxFacts.GetKeywordKind(type.Name) != SyntaxKind.None ? "@" + name : name;
        var prefix = type.ContainingType is { } containing
            ? TypeOfName(containing.IsGenericType ? containing.ConstructUnboundGenericType() : containing)
            : "global::" + type.ContainingNamespace.ToDisplayString();
        return prefix + "." + name;
    }
}
