namespace Toolkit.Shell.Execution;

/// <summary>The parent's end of a child process's standard output or standard error pipe.</summary>
internal abstract class ChildOutput : IDisposable
{
    /// <summary>Reads up to <paramref name="buffer"/>'s length; 0 means end of output (or that reading was abandoned).</summary>
    public abstract ValueTask<int> ReadAsync(Memory<byte> buffer);

    /// <summary>
    /// Stops waiting for output: a pending read returns 0, and later reads return only what is already buffered in
    /// the pipe (where the platform allows), then 0. It does not close the pipe (<see cref="Dispose"/> does, once no
    /// read is in flight), so a read can never land on a descriptor number that was reused.
    /// </summary>
    public abstract void Abandon();

    /// <summary>Closes the parent's end of the pipe.</summary>
    public abstract void Dispose();
}
