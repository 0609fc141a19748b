using Toolkit.Files.Tests.Helpers;

namespace Toolkit.Files.Tests;

/// <summary>
/// Entry point when the test assembly runs as a helper process (<c>dotnet exec Toolkit.Files.Tests.dll mode …</c>);
/// the test host never calls it.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: Toolkit.Files.Tests.dll atomic-writer|probe …");
            return 2;
        }

        return args[0] switch
        {
            AtomicWriterMode.Name => await AtomicWriterMode.RunAsync(args[1..]),
            ProbeMode.Name => await ProbeMode.RunAsync(args[1..]),
            _ => 2,
        };
    }
}
