namespace Toolkit.Benchmarks.Mocks;

/// <summary>A driver-like interface: a synchronous method returning a value, an async method taking a token, a void method.</summary>
[GenerateMock]
public partial interface IBenchmarkDriver
{
    int Compute(string input);

    Task<string> FetchAsync(string key, CancellationToken cancellationToken);

    void Send(int payload);
}
