using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>
/// Mocks many interfaces at once, as a user would: one <c>[assembly: GenerateMock(typeof(...))]</c> line each, in one
/// compilation configured like a user's test project (nullable on, warnings as errors, unsafe code allowed). Then it
/// tells, for each interface, whether its mock was generated and compiles cleanly, whether an analyzer explained why
/// there is none, or neither (a failure).
/// </summary>
internal static class MockCorpus
{
    private const string SourcePath = "Corpus.cs";

    /// <summary>The public, non-obsolete interfaces of <paramref name="assembly"/>, nested ones included.</summary>
    public static IEnumerable<INamedTypeSymbol> PublicInterfaces(IAssemblySymbol assembly)
        => Types(assembly.GlobalNamespace).Where(t => t.TypeKind == TypeKind.Interface && IsPublic(t) && !IsObsolete(t));

    /// <summary>Whether <c>TOOLKIT_CORPUS_ONLY</c> (a regular expression on the interface's name and group, for looking into a failure) keeps the interface; unset, it keeps all.</summary>
    public static bool IsSelected(CorpusInterface type)
        => Environment.GetEnvironmentVariable("TOOLKIT_CORPUS_ONLY") is not { Length: > 0 } pattern
            || System.Text.RegularExpressions.Regex.IsMatch(type.DisplayName + " " + type.Group, pattern);

    /// <summary>An interface of <paramref name="group"/> (a package, an assembly) to mock.</summary>
    public static CorpusInterface Describe(INamedTypeSymbol type, string group)
        => new(group, TypeOfName(type), MetadataName(type), type.ToDisplayString(), ExperimentalIds(type));

    /// <summary>
    /// Mocks <paramref name="interfaces"/> in compilations of about <paramref name="batchSize"/> interfaces each, never
    /// splitting a group (so that two interfaces whose mocks would share a name meet in one compilation). Smaller
    /// compilations keep the memory a run needs bounded; the references' metadata is read once for all of them.
    /// </summary>
    public static CorpusOutcome RunInBatches(IReadOnlyList<CorpusInterface> interfaces, IReadOnlyList<MetadataReference> references, int batchSize)
    {
        var batches = new List<List<CorpusInterface>>();
        foreach (var group in interfaces.GroupBy(i => i.Group))
        {
            if (batches.Count == 0 || batches[^1].Count + group.Count() > batchSize)
            {
                batches.Add([]);
            }

            batches[^1].AddRange(group);
        }

        return batches.Select(batch => Run(batch, references)).Aggregate(CorpusOutcome.Combine);
    }

    /// <summary>Mocks every interface of <paramref name="interfaces"/> in one compilation with <paramref name="references"/>.</summary>
    public static CorpusOutcome Run(IReadOnlyList<CorpusInterface> interfaces, IEnumerable<MetadataReference> references)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var source = new StringBuilder("using Toolkit;\n");

        // Naming an [Experimental] interface in typeof is the user's own opt-in, which they suppress in their file.
        var userSuppressions = interfaces.SelectMany(i => i.ExperimentalIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (userSuppressions.Count > 0)
        {
            source.Append("#pragma warning disable ").AppendJoin(", ", userSuppressions).Append('\n');
        }

        var firstLine = source.ToString().Count(c => c == '\n');
        foreach (var type in interfaces)
        {
            source.Append("[assembly: GenerateMock(typeof(").Append(type.TypeOfName).Append("))]\n");
        }

        // As in an SDK project: no XML docs required, and version unification of references (CS1701, CS1702) is silent.
        var options = TestCompilation.Options(allowUnsafe: true).WithSpecificDiagnosticOptions(
            [new("CS1591", ReportDiagnostic.Suppress), new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);
        var compilation = CSharpCompilation.Create("Corpus", [CSharpSyntaxTree.ParseText(source.ToString(), TestCompilation.ParseOptions, SourcePath)], references, options);
        var run = GeneratorHarness.Run(compilation);
        var generateTime = clock.Elapsed;

        var analyzerDiagnostics = GeneratorHarness.Analyze(compilation).Where(d => d.Id.StartsWith("TK", StringComparison.Ordinal)).ToList();
        var generated = run.Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SyntaxTree, StringComparer.Ordinal);
        var treeOwners = new Dictionary<SyntaxTree, int>();
        for (var i = 0; i < interfaces.Count; i++)
        {
            if (generated.TryGetValue(HintName(interfaces[i].MetadataName), out var tree))
            {
                treeOwners[tree] = i;
            }
        }

        var tk = interfaces.Select(_ => new List<Diagnostic>()).ToList();
        var problems = interfaces.Select(_ => new List<Diagnostic>()).ToList();
        var unattributed = new List<Diagnostic>();
        foreach (var diagnostic in analyzerDiagnostics)
        {
            (LineOf(diagnostic, firstLine, interfaces.Count) is { } line ? tk[line] : unattributed).Add(diagnostic);
        }

        foreach (var diagnostic in run.OutputCompilation.Problems())
        {
            var tree = diagnostic.Location.SourceTree;
            var owner = tree is not null && treeOwners.TryGetValue(tree, out var index) ? index : LineOf(diagnostic, firstLine, interfaces.Count);
            (owner is { } i ? problems[i] : unattributed).Add(diagnostic);
        }

        var outcomes = interfaces.Select((type, i) => new InterfaceOutcome(
            type,
            generated.TryGetValue(HintName(type.MetadataName), out var tree) ? tree.GetText().Lines.Count : null,
            tk[i],
            problems[i])).ToList();
        Dump(run);
        return new CorpusOutcome(
            outcomes,
            unattributed,
            run.Result.Exception is { } exception ? [exception] : [],
            run.GeneratorDiagnostics,
            ExperimentalSuppressions(run),
            run.Result.GeneratedSources.Sum(s => s.SourceText.Lines.Count),
            generateTime,
            clock.Elapsed - generateTime,
            Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    // How many generated files suppress each [Experimental] diagnostic ID (FileHeader's second pragma).
    private static IReadOnlyDictionary<string, int> ExperimentalSuppressions(GeneratorRun run)
        => run.Result.GeneratedSources
            .Select(s => s.SourceText.Lines.Take(5).Select(l => l.ToString()).FirstOrDefault(l => l.StartsWith("#pragma warning disable", StringComparison.Ordinal) && l.Contains("[Experimental]", StringComparison.Ordinal)))
            .OfType<string>()
            .SelectMany(l => l["#pragma warning disable ".Length..l.IndexOf("//", StringComparison.Ordinal)].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    // TOOLKIT_CORPUS_DUMP=<folder> writes every generated file there, to read a failure's code.
    private static void Dump(GeneratorRun run)
    {
        var folder = Environment.GetEnvironmentVariable("TOOLKIT_CORPUS_DUMP");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in run.Result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(folder, file.HintName), file.SourceText.ToString());
        }
    }

    /// <summary>The one-line-per-interface index of a diagnostic located in the corpus source, or null.</summary>
    private static int? LineOf(Diagnostic diagnostic, int firstLine, int count)
    {
        if (diagnostic.Location.SourceTree?.FilePath != SourcePath)
        {
            return null;
        }

        var index = diagnostic.Location.GetLineSpan().StartLinePosition.Line - firstLine;
        return index >= 0 && index < count ? index : null;
    }

    // The generator's hint name rule (GeneratedNames.HintName): the metadata name with unsafe characters replaced.
    private static string HintName(string metadataName)
        => new string(metadataName.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray()) + ".Mock.g.cs";

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        return type.ContainingNamespace.IsGlobalNamespace ? name : type.ContainingNamespace.ToDisplayString() + "." + name;
    }

    private static ImmutableArray<string> ExperimentalIds(INamedTypeSymbol type)
    {
        var ids = new List<string>();
        for (ISymbol? current = type; current is not null; current = current is INamedTypeSymbol { ContainingType: { } outer } ? outer : current is INamedTypeSymbol ? current.ContainingAssembly : null)
        {
            ids.AddRange(current.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == "System.Diagnostics.CodeAnalysis.ExperimentalAttribute")
                .Select(a => a.ConstructorArguments.FirstOrDefault().Value as string)
                .OfType<string>());
        }

        return [.. ids];
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
