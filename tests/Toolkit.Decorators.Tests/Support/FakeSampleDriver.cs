using Toolkit.Decorators.Tests.Prototype;

namespace Toolkit.Decorators.Tests.Support;

/// <summary>A hand-written inner implementation whose every member does what the test tells it to.</summary>
public class FakeSampleDriver : ISampleDriver
{
    public string Name { get; set; } = "fake";

    public int Timeout { get; set; }

    public event EventHandler<string>? Changed;

    public Func<string, string> OnEcho { get; set; } = text => text;

    public Action OnReset { get; set; } = () => { };

    public Func<string, CancellationToken, Task> OnStart { get; set; } = (_, _) => Task.CompletedTask;

    public Func<string, CancellationToken, ValueTask> OnStop { get; set; } = (_, _) => ValueTask.CompletedTask;

    public Func<string, CancellationToken, Task<int>> OnCount { get; set; } = (filter, _) => Task.FromResult(filter.Length);

    public Func<string, CancellationToken, ValueTask<string>> OnRead { get; set; } = (path, _) => ValueTask.FromResult("content of " + path);

    public Func<string, CancellationToken, IAsyncEnumerable<string>> OnStream { get; set; } = (source, _) => Lines(source, 3);

    public Func<string, string, CancellationToken, Task> OnLogin { get; set; } = (_, _, _) => Task.CompletedTask;

    public void RaiseChanged(string value) => Changed?.Invoke(this, value);

    public bool HasChangedSubscribers => Changed is not null;

    public string Echo(string text) => OnEcho(text);

    public void Reset() => OnReset();

    public Task StartAsync(string name, CancellationToken cancellationToken) => OnStart(name, cancellationToken);

    public ValueTask StopAsync(string name, CancellationToken cancellationToken) => OnStop(name, cancellationToken);

    public Task<int> CountAsync(string filter, CancellationToken cancellationToken) => OnCount(filter, cancellationToken);

    public ValueTask<string> ReadAsync(string path, CancellationToken cancellationToken) => OnRead(path, cancellationToken);

    public IAsyncEnumerable<string> StreamAsync(string source, CancellationToken cancellationToken) => OnStream(source, cancellationToken);

    public Task LoginAsync(string user, string password, CancellationToken cancellationToken) => OnLogin(user, password, cancellationToken);

    public static async IAsyncEnumerable<string> Lines(string source, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return source + ":" + i;
        }
    }
}
