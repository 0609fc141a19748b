namespace Toolkit.Shell.Execution;

/// <summary>A started process and the handles needed to feed it, read it, stop it and reap it.</summary>
internal abstract class ChildProcess : IDisposable
{
    /// <summary>The process id.</summary>
    public abstract int Id { get; }

    /// <summary>The standard input pipe, or <see langword="null"/> when the process reads <c>/dev/null</c>.</summary>
    public abstract ChildInput? StandardInput { get; }

    /// <summary>The standard output pipe, or <see langword="null"/> when output goes to <c>/dev/null</c>.</summary>
    public abstract ChildOutput? StandardOutput { get; }

    /// <summary>The standard error pipe.</summary>
    public abstract ChildOutput StandardError { get; }

    /// <summary>Completes when the process has exited (it is not reaped yet, so its id stays reserved).</summary>
    public abstract Task Exited { get; }

    /// <summary>Whether a stop signal reaches the whole process group rather than only this process.</summary>
    public abstract bool SignalsProcessGroup { get; }

    /// <summary>Asks the process (and its group, where supported) to stop: SIGTERM.</summary>
    public abstract void Terminate();

    /// <summary>Kills the process and everything it started: SIGKILL to the group, or a kill of the process tree.</summary>
    public abstract void Kill();

    /// <summary>Collects the exit status once <see cref="Exited"/> has completed, freeing the process id.</summary>
    public abstract ExitStatus Reap();

    /// <summary>Whether any process of the command's group, other than an already exited one, is still alive.</summary>
    public abstract bool HasLiveProcesses();

    /// <summary>Releases every handle. Kills and reaps the process if it is still running (an abandoned run).</summary>
    public abstract void Dispose();
}
