namespace Toolkit.Shell.Output;

/// <summary>Where the bytes read from one of a process's output pipes go.</summary>
internal abstract class OutputSink
{
    /// <summary>
    /// Takes the next bytes. The memory is reused after the call returns, so a sink copies what it keeps.
    /// Awaiting here is how back-pressure reaches the process: while a sink waits, the pipe is not read.
    /// </summary>
    public abstract ValueTask WriteAsync(ReadOnlyMemory<byte> data);

    /// <summary>Called once after the last bytes (end of output).</summary>
    public virtual ValueTask CompleteAsync() => ValueTask.CompletedTask;
}
