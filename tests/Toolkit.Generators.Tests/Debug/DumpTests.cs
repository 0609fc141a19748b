using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Toolkit.Generators.Emitting.Mocks;
using Toolkit.Generators.Parsing;
using Toolkit.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Toolkit.Generators.Tests.Debug;

public sealed class DumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var source = Environment.GetEnvironmentVariable("TOOLKIT_DUMP_SOURCE");
        if (source is null)
        {
            return;
        }

        var run = GeneratorHarness.Run(TestCompilation.Create([("Dump.cs", File.ReadAllText(source))], allowUnsafe: true));
        foreach (var (name, text) in run.Sources)
        {
            File.WriteAllText(Path.Combine("/tmp/dump", name), text);
        }

        File.WriteAllLines("/tmp/dump/problems.txt", run.GeneratedCodeDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Profile()
    {
        if (Environment.GetEnvironmentVariable("TOOLKIT_PROFILE") is null)
        {
            return;
        }

        var trees = Enumerable.Range(0, 200).Select(i => CSharpSyntaxTree.ParseText(Interface(i), TestCompilation.ParseOptions, "D" + i + ".cs")).ToList();
        var compilation = TestCompilation.Create([]).AddSyntaxTrees(trees);
        var symbols = Enumerable.Range(0, 200).Select(i => compilation.GetTypeByMetadataName("Drivers.IDriver" + i)!).ToList();
        for (var round = 0; round < 5; round++)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var models = symbols.Select(s => InterfaceParser.Parse(s, CancellationToken.None)).ToList();
            var parse = clock.Elapsed;
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            var writers = models.Select(MockEmitter.Write).ToList();
            var emit = clock.Elapsed - parse;
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            var texts = writers.Select(w => w.ToSourceText()).ToList();
            var text = clock.Elapsed - parse - emit;
            var a3 = GC.GetAllocatedBytesForCurrentThread();
            var gen2 = GC.CollectionCount(2);
            var gen0 = GC.CollectionCount(0);
            var driverClock = Stopwatch.StartNew();
            var result = CSharpGeneratorDriver.Create(new DriverGenerator()).RunGenerators(compilation).GetRunResult();
            var a4 = GC.GetAllocatedBytesForCurrentThread();
            output.WriteLine("gen2 " + (GC.CollectionCount(2) - gen2) + " gen0 " + (GC.CollectionCount(0) - gen0) + " sources " + result.GeneratedTrees.Length);
            output.WriteLine($"parse {parse.TotalMilliseconds:F0} ms {(a1 - a0) / 1e6:F1} MB, emit {emit.TotalMilliseconds:F0} ms {(a2 - a1) / 1e6:F1} MB, text {text.TotalMilliseconds:F0} ms {(a3 - a2) / 1e6:F1} MB, driver {driverClock.Elapsed.TotalMilliseconds:F0} ms {(a4 - a3) / 1e6:F1} MB, chars {writers.Sum(w => w.Length)}");
        }
    }

    private static string Interface(int index)
    {
        var source = new StringBuilder();
        source.Append("using System; using System.Collections.Generic; using System.Threading; using System.Threading.Tasks;\n");
        source.Append("namespace Drivers;\n");
        source.Append("[Toolkit.GenerateMock]\npublic partial interface IDriver").Append(index).Append("\n{\n");
        source.Append("    event EventHandler<string>? Changed;\n    string Name { get; set; }\n    int Count { get; }\n    string Run(string command, int timeout = 30);\n");
        source.Append("    Task<int> RunAsync(string command, CancellationToken cancellationToken = default);\n    Task StopAsync(CancellationToken cancellationToken);\n    void Kill(int processId);\n");
        source.Append("    bool TryGet(string key, out string? value);\n    IReadOnlyList<string> List(string path, bool recursive);\n    ValueTask<bool> ExistsAsync(string path, CancellationToken cancellationToken);\n}\n");
        return source.ToString();
    }
}
