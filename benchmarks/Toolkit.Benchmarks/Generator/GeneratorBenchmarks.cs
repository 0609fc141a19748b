using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators;

namespace Toolkit.Benchmarks.Generator;

/// <summary>
/// The generator itself, warm, on 200 <c>[GenerateMock]</c> interfaces of 10 members each (methods, async methods,
/// properties, an event): one full run of a fresh driver over the compilation. Divide by 200 for the cost per interface.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int Interfaces = 200;

    private CSharpCompilation _compilation = null!;
    private CSharpParseOptions _parseOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Enumerable.Range(0, Interfaces).Select(i => CSharpSyntaxTree.ParseText(Interface(i), _parseOptions, "Driver" + i + ".cs"));
        var references = new[] { typeof(object), typeof(Task), typeof(GenerateMockAttribute), typeof(Enumerable) }
            .Select(t => t.Assembly.Location)
            .Concat(Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"))
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        _compilation = CSharpCompilation.Create("Drivers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var check = Generate();
        if (check.Results[0].GeneratedSources.Length != Interfaces || check.Results[0].Exception is not null)
        {
            throw new InvalidOperationException("The generator did not produce one mock per interface.");
        }
    }

    [Benchmark(Description = "Generate mocks for 200 interfaces (10 members each)")]
    public GeneratorDriverRunResult Generate()
        => CSharpGeneratorDriver.Create([new DriverGenerator().AsSourceGenerator()], parseOptions: _parseOptions)
            .RunGenerators(_compilation)
            .GetRunResult();

    private static string Interface(int index)
    {
        var source = new StringBuilder();
        source.Append("using System; using System.Collections.Generic; using System.Threading; using System.Threading.Tasks;\n");
        source.Append("namespace Drivers.Group").Append(index % 10).Append(";\n");
        source.Append("[Toolkit.GenerateMock]\npublic partial interface IDriver").Append(index).Append("\n{\n");
        source.Append("    event EventHandler<string>? Changed;\n");
        source.Append("    string Name { get; set; }\n");
        source.Append("    int Count { get; }\n");
        source.Append("    string Run(string command, int timeout = 30);\n");
        source.Append("    Task<int> RunAsync(string command, CancellationToken cancellationToken = default);\n");
        source.Append("    Task StopAsync(CancellationToken cancellationToken);\n");
        source.Append("    void Kill(int processId);\n");
        source.Append("    bool TryGet(string key, out string? value);\n");
        source.Append("    IReadOnlyList<string> List(string path, bool recursive);\n");
        source.Append("    ValueTask<bool> ExistsAsync(string path, CancellationToken cancellationToken);\n");
        source.Append("}\n");
        return source.ToString();
    }
}
