namespace Toolkit.Shell.Tests.Support;

/// <summary>
/// Tests that count this process's file descriptors or child processes, or load the machine heavily: they run
/// after the parallel tests and alone, so other tests' processes cannot disturb their counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
