using Toolkit.Docker.Images;

namespace Toolkit.Docker.Tests;

/// <summary>Keeps every progress message, reported synchronously (no synchronization context), and can react to each.</summary>
internal sealed class ProgressLog(Action<DockerProgress>? onReport = null) : IProgress<DockerProgress>
{
    private readonly List<DockerProgress> _items = [];

    public IReadOnlyList<DockerProgress> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public void Report(DockerProgress value)
    {
        lock (_items)
        {
            _items.Add(value);
        }

        onReport?.Invoke(value);
    }
}
