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
[Collection(CorpusCollection.Name)]
public sealed class FrameworkCorpusTests(ITestOutputHelper output)
{
    // The only reasons an interface of the framework may end without a mock.
    private static readonly HashSet<string> AcceptedDiagnostics = ["TK0005"];

    [Fact]
    public void Every_public_framework_interface_is_mocked_or_explained()
    {
        var references = References.All;
        var probe = CSharpCompilation.Create("Probe", references: references);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var interfaces = References.Framework
            .Select(probe.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .SelectMany(assembly => MockCorpus.PublicInterfaces(assembly).Where(t => seen.Add(t.ToDisplayString())).Select(t => MockCorpus.Describe(t, assembly.Name)))
            .Where(MockCorpus.IsSelected)
            .ToList();

        var outcome = MockCorpus.Run(interfaces, references);

        output.WriteLine("Public, non-obsolete interfaces in " + References.FrameworkDirectory + ": " + interfaces.Count + " (generic: " + interfaces.Count(i => i.TypeOfName.EndsWith('>')) + ")");
        foreach (var line in outcome.Report())
        {
            output.WriteLine(line);
        }

        CorpusAssert.EveryInterfaceMockedOrExplained(outcome, AcceptedDiagnostics);
    }
}
