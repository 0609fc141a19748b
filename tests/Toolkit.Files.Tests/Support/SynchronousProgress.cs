namespace Toolkit.Files.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, so tests see every report in order (unlike <see cref="Progress{T}"/>).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
