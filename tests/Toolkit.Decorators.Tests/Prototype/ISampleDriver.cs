namespace Toolkit.Decorators.Tests.Prototype;

/// <summary>Every member shape the tracking decorator handles: the fixture the generator's output is modelled on.</summary>
[GenerateTracking(DriverName = "sample"), GenerateRegistration]
public partial interface ISampleDriver
{
    string Name { get; }

    int Timeout { get; set; }

    event EventHandler<string>? Changed;

    string Echo(string text);

    void Reset();

    Task StartAsync(string name, CancellationToken cancellationToken);

    ValueTask StopAsync(string name, CancellationToken cancellationToken);

    Task<int> CountAsync(string filter, CancellationToken cancellationToken);

    ValueTask<string> ReadAsync(string path, CancellationToken cancellationToken);

    IAsyncEnumerable<string> StreamAsync(string source, CancellationToken cancellationToken);

    Task LoginAsync(string user, [Sensitive] string password, CancellationToken cancellationToken);
}
