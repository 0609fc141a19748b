namespace Toolkit.Shell.Execution;

/// <summary>The parent's end of a child process's standard input pipe.</summary>
internal abstract class ChildInput : IDisposable
{
    /// <summary>
    /// Writes all of <paramref name="data"/>, waiting while the pipe is full. Returns <see langword="false"/> when the
    /// process closed its end (it wants no more input) or writing was abandoned.
    /// </summary>
    public abstract ValueTask<bool> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Stops writing: a pending and every later write returns <see langword="false"/>.</summary>
    public abstract void Abandon();

    /// <summary>Closes the parent's end, so the process reads end-of-file. Safe to call more than once.</summary>
    public abstract void Dispose();
}
