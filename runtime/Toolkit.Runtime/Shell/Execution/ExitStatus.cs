namespace Toolkit.Shell.Execution;

/// <summary>How a process ended: its exit code and, when a signal killed it, the signal.</summary>
/// <param name="ExitCode">The exit code; 128 plus the signal number when a signal killed the process.</param>
/// <param name="Signal">The terminating signal, or <see langword="null"/>.</param>
internal readonly record struct ExitStatus(int ExitCode, int? Signal)
{
    /// <summary>Decodes a <c>waitpid</c> status word.</summary>
    public static ExitStatus FromWaitStatus(int status)
    {
        var signal = status & 0x7f;
        return signal == 0
            ? new ExitStatus((status >> 8) & 0xff, null)
            : new ExitStatus(128 + signal, signal);
    }
}
