using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Toolkit.Generators.Tests.Corpus;

/// <summary>
/// Mocks every public, non-obsolete interface of widely used packages, as users mock interfaces they do not own, with
/// <c>[assembly: GenerateMock(typeof(...))]</c>: Roslyn, ASP.NET Core and Microsoft.Extensions, OpenTelemetry, Polly,
/// the mocking libraries, xunit and TUnit, Testcontainers and Docker.DotNet, TraceEvent (with its COM interop assemblies),
/// System.IO.Abstractions, CliWrap, the Azure and AWS cores, Redis, RabbitMQ, Kafka, MongoDB, Serilog, and the dependencies
/// among theirs that hold the interfaces users mean (Polly.Core, OpenTelemetry.Api…). Each interface must compile cleanly (warnings as errors, nullable on) or get a documented diagnostic saying
/// why it cannot be mocked. The packages are those Corpus/Packages/Corpus.Packages.csproj restores; every assembly they
/// bring is referenced.
/// </summary>
/// <remarks>
/// To look into a failure: <c>TOOLKIT_CORPUS_ONLY=&lt;regex&gt;</c> keeps the interfaces whose name or package matches,
/// and <c>TOOLKIT_CORPUS_DUMP=&lt;folder&gt;</c> writes the generated files there.
/// </remarks>
[Collection(CorpusCollection.Name)]
public sealed class PackageCorpusTests(ITestOutputHelper output)
{
    // The reasons an interface of a package may end without a mock.
    private static readonly HashSet<string> AcceptedDiagnostics = ["TK0004", "TK0005", "TK0070"];

    // Interfaces per compilation: about a third of the corpus, so a run's memory stays bounded.
    private const int BatchSize = 500;

    [Fact]
    public void Every_public_package_interface_is_mocked_or_explained()
    {
        var packages = CorpusPackages.Load();
        var references = References.Framework
            .Concat(packages.Select(p => p.Reference))
            .Concat(References.Toolkit.Where(t => !packages.Any(p => p.FileName == Path.GetFileName(t.Display))))
            .ToList();
        var probe = CSharpCompilation.Create("Probe", references: references);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var interfaces = packages
            .Where(package => package.IsMocked)
            .SelectMany(package => probe.GetAssemblyOrModuleSymbol(package.Reference) is IAssemblySymbol assembly
                ? MockCorpus.PublicInterfaces(assembly).Where(t => seen.Add(t.ToDisplayString())).Select(t => MockCorpus.Describe(t, package.Group))
                : [])
            .Where(MockCorpus.IsSelected)
            .ToList();

        var outcome = MockCorpus.RunInBatches(interfaces, references, BatchSize);

        foreach (var line in outcome.Report())
        {
            output.WriteLine(line);
        }

        CorpusAssert.EveryInterfaceMockedOrExplained(outcome, AcceptedDiagnostics);
    }
}
