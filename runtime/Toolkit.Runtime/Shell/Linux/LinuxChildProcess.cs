using System.Runtime.Versioning;
using Toolkit.Shell.Execution;
using Toolkit.Interop;

namespace Toolkit.Shell.Linux;

/// <summary>
/// A process started by <see cref="LinuxProcessLauncher"/>: the leader of its own process group
/// (both numbered with its pid), watched through a pidfd on the shared <see cref="EpollLoop"/>.
/// </summary>
/// <remarks>
/// The process is reaped only after the driver has finished signalling its group. Until then it stays a
/// zombie, which keeps its pid, and so the group id, from being reused by an unrelated process: a signal
/// sent to <c>-pid</c> can only reach this command's processes.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class LinuxChildProcess : ChildProcess
{
    private readonly int _pid;
    private readonly ReadinessSignal? _exitSignal;
    private readonly long _pidFdRegistration;
    private readonly PipeWriter? _standardInput;
    private readonly PipeReader? _standardOutput;
    private readonly PipeReader _standardError;
    private int _pidFd;
    private int _reaped;

    public LinuxChildProcess(int pid, int pidFd, PipeWriter? standardInput, PipeReader? standardOutput, PipeReader standardError)
    {
        _pid = pid;
        _pidFd = pidFd;
        _standardInput = standardInput;
        _standardOutput = standardOutput;
        _standardError = standardError;
        if (pidFd >= 0)
        {
            _exitSignal = new ReadinessSignal();
            _pidFdRegistration = EpollLoop.Shared.Register(pidFd, EpollFlags.In, _exitSignal);
            Exited = WaitForPidFdAsync(_exitSignal);
        }
        else
        {
            Exited = PollForExitAsync();
        }
    }

    public override int Id => _pid;

    public override ChildInput? StandardInput => _standardInput;

    public override ChildOutput? StandardOutput => _standardOutput;

    public override ChildOutput StandardError => _standardError;

    public override Task Exited { get; }

    public override bool SignalsProcessGroup => true;

    public override void Terminate()
    {
        // A stopped process (SIGSTOP, Ctrl+Z) would hold SIGTERM pending until the grace period ran out:
        // wake it so it can shut down cleanly, as systemd does.
        SignalGroup(Signals.Term);
        SignalGroup(Signals.Cont);
    }

    public override void Kill() => SignalGroup(Signals.Kill);

    public override unsafe ExitStatus Reap()
    {
        int status;
        int result;
        do
        {
            result = LibC.WaitPid(_pid, &status, 0);
        }
        while (result < 0 && LibC.LastError == Errno.EINTR);

        Volatile.Write(ref _reaped, 1);
        ClosePidFd();

        // ECHILD: something else in this process reaped the child (a SIGCHLD handler that reaps every
        // child); the exit status is gone. Report it as an abnormal exit rather than as success.
        return result == _pid ? ExitStatus.FromWaitStatus(status) : new ExitStatus(-1, null);
    }

    public override bool HasLiveProcesses() => ProcessGroupProbe.HasLiveMembers(_pid);

    public override unsafe void Dispose()
    {
        if (Volatile.Read(ref _reaped) == 0)
        {
            // An abandoned run (an exception between start and reap): make sure nothing outlives it and
            // reap off-thread, because SIGKILL takes effect quickly but not instantly.
            SignalGroup(Signals.Kill);
            var pid = _pid;
            _ = Task.Run(() =>
            {
                int status;
                while (LibC.WaitPid(pid, &status, 0) < 0 && LibC.LastError == Errno.EINTR)
                {
                }
            });
            Volatile.Write(ref _reaped, 1);
        }

        ClosePidFd();
        _standardInput?.Dispose();
        _standardOutput?.Dispose();
        _standardError.Dispose();
    }

    private static async Task WaitForPidFdAsync(ReadinessSignal signal) => await signal.WaitAsync().ConfigureAwait(false);

    private void SignalGroup(int signal)
    {
        // The group id is the pid (the child became a group leader at spawn); ESRCH just means everyone is gone.
        if (Volatile.Read(ref _reaped) == 0)
        {
            _ = LibC.Kill(-_pid, signal);
        }
        else
        {
            // The leader is reaped, so its pid is free again; signal only if members remain, which keep the id reserved.
            if (ProcessGroupProbe.HasLiveMembers(_pid))
            {
                _ = LibC.Kill(-_pid, signal);
            }
        }
    }

    private void ClosePidFd()
    {
        var fd = Interlocked.Exchange(ref _pidFd, -1);
        if (fd >= 0)
        {
            _exitSignal!.Abandon();
            EpollLoop.Shared.Unregister(fd, _pidFdRegistration);
            _ = LibC.Close(fd);
        }
    }

    // Kernels before 5.3 have no pidfd: poll without reaping (WNOWAIT), quickly at first, then every 100 ms.
    private async Task PollForExitAsync()
    {
        var delay = 1;
        while (!HasExitedWithoutReaping())
        {
            await Task.Delay(delay).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 100);
        }
    }

    private unsafe bool HasExitedWithoutReaping()
    {
        if (Volatile.Read(ref _reaped) != 0)
        {
            return true;
        }

        byte* info = stackalloc byte[LibC.SigInfoSize];
        new Span<byte>(info, LibC.SigInfoSize).Clear();
        var result = LibC.WaitId(WaitOptions.IdTypePid, _pid, info, WaitOptions.Exited | WaitOptions.NoHang | WaitOptions.NoWait);

        // si_signo (offset 0) is set only when a child was waitable; ECHILD means it was reaped elsewhere.
        return (result == 0 && *(int*)info != 0) || (result < 0 && LibC.LastError == Errno.ECHILD);
    }
}
