using Toolkit.Generators.Tests.Infrastructure;

namespace Toolkit.Generators.Tests.Foundation;

public sealed class SmokeTests
{
    [Fact]
    public void Simple_interface_generates_compiling_code()
    {
        var run = GeneratorHarness.Run("""
            using Toolkit;
            namespace N;
            [GenerateMock]
            public partial interface IShellDriver
            {
                string Run(string command, int timeout = 5);
                void Kill(int pid);
                System.Threading.Tasks.Task<int> RunAsync(string command, System.Threading.CancellationToken cancellationToken = default);
                string Name { get; set; }
                event System.EventHandler<string> Output;
                int this[int index] { get; }
            }
            """);
        run.ShouldCompileCleanly();
        Console.WriteLine(run.Source("Mock.g.cs"));
    }
}
