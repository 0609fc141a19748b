namespace Toolkit.Mocks.Tests.Subjects;

/// <summary>A driver-like interface: sync, async with cancellation, void, a property, an indexer and an event.</summary>
[GenerateMock]
public partial interface IShellDriver
{
    event EventHandler<string>? Output;

    string Name { get; set; }

    int this[string variable] { get; set; }

    string Run(string command, int timeout = 30);

    Task<int> RunAsync(string command, CancellationToken cancellationToken);

    ValueTask<bool> ExistsAsync(string path);

    Task StopAsync(CancellationToken cancellationToken);

    void Kill(int processId);

    bool TryGetExitCode(int processId, out int exitCode);

    void Increment(ref int counter);

    IAsyncEnumerable<string> ReadLinesAsync(string path, CancellationToken cancellationToken);

    IEnumerable<string> List(string directory);

    string[] Split(string text);
}
