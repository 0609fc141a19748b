using System.Diagnostics;
using System.Runtime.InteropServices;
using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Portable;

/// <summary>
/// A process started through <see cref="Process"/>. It cannot be placed in its own process group, so SIGTERM
/// reaches only the process itself (on Windows there is no SIGTERM and stopping kills at once) and the final kill
/// uses <see cref="Process.Kill(bool)"/> on the process tree, which misses children already re-parented away.
/// </summary>
internal sealed partial class PortableChildProcess : ChildProcess
{
    private readonly Process _process;
    private readonly StreamInputPipe? _standardInput;
    private readonly StreamOutput _standardOutput;
    private readonly StreamOutput _standardError;
    private int _disposed;

    public PortableChildProcess(Process process, bool pipeStandardInput)
    {
        _process = process;
        Id = process.Id;
        if (pipeStandardInput)
        {
            _standardInput = new StreamInputPipe(process.StandardInput.BaseStream);
        }
        else
        {
            // There is no way to give Process a /dev/null stdin: redirect it and close it at once.
            process.StandardInput.Close();
        }

        _standardOutput = new StreamOutput(process.StandardOutput.BaseStream);
        _standardError = new StreamOutput(process.StandardError.BaseStream);
        Exited = process.WaitForExitAsync();
    }

    public override int Id { get; }

    public override ChildInput? StandardInput => _standardInput;

    public override ChildOutput? StandardOutput => _standardOutput;

    public override ChildOutput StandardError => _standardError;

    public override Task Exited { get; }

    public override bool SignalsProcessGroup => false;

    public override void Terminate()
    {
        if (OperatingSystem.IsWindows())
        {
            Kill();
        }
        else if (!_process.HasExited)
        {
            _ = SendSignal(Id, 15);
        }
    }

    public override void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting while being killed.
        }
    }

    public override ExitStatus Reap()
    {
        _process.WaitForExit();
        return new ExitStatus(_process.ExitCode, null);
    }

    public override bool HasLiveProcesses() => false;

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (!_process.HasExited)
        {
            Kill();
        }

        _standardInput?.Dispose();
        _standardOutput.Dispose();
        _standardError.Dispose();
        _process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
