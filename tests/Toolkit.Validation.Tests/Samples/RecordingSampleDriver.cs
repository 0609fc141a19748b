
namespace Toolkit.Validation.Tests.Samples;

/// <summary>The implementation behind the decorators in tests: it only counts calls, so a test can see whether validation let a call through.</summary>
public sealed class RecordingSampleDriver : ISampleDriver
{
    public int Calls { get; private set; }

    public Task<string> CreateAsync(ContainerConfig config, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(config.Name ?? string.Empty);
    }

    public Task StopAsync(string id, int timeoutSeconds, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.CompletedTask;
    }

    public void Login(string user, string password) => Calls++;

    public string? Find(string? name)
    {
        Calls++;
        return name;
    }

    public int Publish(PortMapping[] ports)
    {
        Calls++;
        return ports.Length;
    }
}
