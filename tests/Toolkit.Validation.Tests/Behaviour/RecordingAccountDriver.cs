using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>Counts the calls that reach the implementation.</summary>
internal sealed class RecordingAccountDriver : IAccountDriver, IDisposable, IAsyncDisposable
{
    public int Calls { get; private set; }

    public int Disposals { get; private set; }

    public int Timeout { get; set; }

    public event EventHandler? Changed;

    public Task LoginAsync(string user, string password, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.CompletedTask;
    }

    public ValueTask<int> RegisterAsync(Credentials credentials)
    {
        Calls++;
        return ValueTask.FromResult(42);
    }

    public void Store(Secrets secrets) => Calls++;

    public string? Describe(string? note, object? tag, int? count)
    {
        Calls++;
        return note;
    }

    public async IAsyncEnumerable<string> StreamAsync(int pageSize)
    {
        Calls++;
        await Task.Yield();
        yield return "page";
    }

    public bool TryFind(string key, out string? value)
    {
        Calls++;
        value = key + "!";
        return true;
    }

    public void Update(ref int level, in string reason)
    {
        Calls++;
        level++;
    }

    public T Echo<T>(T value)
    {
        Calls++;
        return value;
    }

    public void Raise() => Changed?.Invoke(this, EventArgs.Empty);

    public void Dispose() => Disposals++;

    public ValueTask DisposeAsync()
    {
        Disposals++;
        return ValueTask.CompletedTask;
    }
}
