using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Debug;

public sealed class DumpTests
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
}
