using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Toolkit.Errors;
using Toolkit.Shell.Execution;
using Toolkit.Interop;

namespace Toolkit.Shell.Linux;

/// <summary>
/// Starts processes with <c>posix_spawn</c> as leaders of a new process group, so the driver can signal the whole
/// tree with one <c>kill(-pid, …)</c>, even after the process itself has exited and its children were re-parented.
/// SIGPIPE and SIGTERM are reset to their defaults (.NET ignores SIGPIPE, and an ignored disposition would
/// otherwise be inherited), the signal mask is emptied, and where the C library can (glibc 2.34+), every
/// descriptor above 2 is closed in the child.
/// </summary>
/// <remarks>
/// <para>When this process has a controlling terminal, children start in a new session instead
/// (<c>POSIX_SPAWN_SETSID</c>): a program that opens <c>/dev/tty</c> to ask for a password then fails at once,
/// where a background process group would be stopped by SIGTTIN and hang the command. Without a terminal (services,
/// CI, containers) a process group is enough, and cheaper: with scheduler autogroups on, every new session also
/// gets a new scheduling group, which costs about 0.2 ms per start.</para>
/// <para>Ctrl+C in the parent's terminal reaches only the parent's process group, which then stops its commands
/// gracefully through cancellation.</para>
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed unsafe class LinuxProcessLauncher : ProcessLauncher
{
    private const int SignalSetSize = 128;
    private static readonly byte[] DevNull = "/dev/null\0"u8.ToArray();
    private static readonly bool NewSession = HasControllingTerminal();
    private static int _pidFdUnavailable;

    /// <summary>
    /// Whether this launcher can be used here: a 64-bit Linux whose C library has <c>posix_spawn_file_actions_addchdir_np</c>,
    /// and a process that is not PID 1 and does not ignore SIGCHLD. As PID 1 (a container without an init) .NET reaps every
    /// child on SIGCHLD, and with SIGCHLD ignored the kernel does; either way exit codes would be lost, so
    /// <see cref="Portable.PortableProcessLauncher"/> is used instead.
    /// </summary>
    public static bool IsSupported { get; } = ComputeIsSupported();

    /// <summary>Forces the polling fallback used on kernels without pidfd (tests only).</summary>
    internal bool DisablePidFd { get; init; }

    public override string Name => DisablePidFd ? "linux-posix-spawn (polling)" : "linux-posix-spawn";

    public override ChildProcess Start(LaunchSpec spec, string operation)
    {
        int stdinRead = -1, stdinWrite = -1, stdoutRead = -1, stdoutWrite = -1, stderrRead = -1, stderrWrite = -1;
        var pid = 0;
        try
        {
            if (spec.PipeStandardInput)
            {
                CreatePipe(spec, operation, out stdinRead, out stdinWrite);
            }

            if (!spec.DiscardStandardOutput)
            {
                CreatePipe(spec, operation, out stdoutRead, out stdoutWrite);
            }

            CreatePipe(spec, operation, out stderrRead, out stderrWrite);

            var error = Spawn(spec, stdinRead, stdoutWrite, stderrWrite, out pid);
            if (error != 0)
            {
                throw SpawnError(spec, operation, error);
            }
        }
        catch
        {
            CloseAll(stdinRead, stdinWrite, stdoutRead, stdoutWrite, stderrRead, stderrWrite);
            throw;
        }

        // The child has its copies; the parent keeps only its own ends.
        CloseAll(stdinRead, stdoutWrite, stderrWrite);
        SetNonBlocking(stdinWrite);
        SetNonBlocking(stdoutRead);
        SetNonBlocking(stderrRead);

        var pidFd = OpenPidFd(pid);
        PipeWriter? stdin = null;
        PipeReader? stdout = null;
        PipeReader? stderr = null;
        try
        {
            stdin = stdinWrite >= 0 ? new PipeWriter(stdinWrite) : null;
            stdout = stdoutRead >= 0 ? new PipeReader(stdoutRead) : null;
            stderr = new PipeReader(stderrRead);
            return new LinuxChildProcess(pid, pidFd, stdin, stdout, stderr);
        }
        catch (IOException ex)
        {
            // The process runs but cannot be watched (epoll refused a descriptor): it must not be left behind unowned.
            _ = LibC.Kill(-pid, Signals.Kill);
            int status;
            while (LibC.WaitPid(pid, &status, 0) < 0 && LibC.LastError == Errno.EINTR)
            {
            }

            if (stdin is null && stdinWrite >= 0)
            {
                CloseAll(stdinWrite);
            }

            if (stdout is null && stdoutRead >= 0)
            {
                CloseAll(stdoutRead);
            }

            if (stderr is null)
            {
                CloseAll(stderrRead);
            }

            stdin?.Dispose();
            stdout?.Dispose();
            stderr?.Dispose();
            CloseAll(pidFd);
            throw new CommandStartException(spec.Program, $"it started, but could not be watched: {ex.Message}. Raise fs.epoll.max_user_watches or close descriptors", 0, operation, isRetryable: true, ex);
        }
    }

    private static int Spawn(LaunchSpec spec, int stdinRead, int stdoutWrite, int stderrWrite, out int pid)
    {
        var strings = NativeStrings.Create(spec);
        byte* fileActions = stackalloc byte[LibC.OpaqueStructSize];
        byte* attributes = stackalloc byte[LibC.OpaqueStructSize];
        byte* defaultSignals = stackalloc byte[SignalSetSize];
        byte* signalMask = stackalloc byte[SignalSetSize];
        try
        {
            Check(LibC.PosixSpawnFileActionsInit(fileActions));
            try
            {
                Check(LibC.PosixSpawnAttrInit(attributes));
                try
                {
                    fixed (byte* devNull = DevNull)
                    {
                        Check(stdinRead >= 0
                            ? LibC.PosixSpawnFileActionsAddDup2(fileActions, stdinRead, 0)
                            : LibC.PosixSpawnFileActionsAddOpen(fileActions, 0, devNull, OpenFlags.ReadOnly, 0));
                        Check(stdoutWrite >= 0
                            ? LibC.PosixSpawnFileActionsAddDup2(fileActions, stdoutWrite, 1)
                            : LibC.PosixSpawnFileActionsAddOpen(fileActions, 1, devNull, OpenFlags.WriteOnly, 0));
                        Check(LibC.PosixSpawnFileActionsAddDup2(fileActions, stderrWrite, 2));
                        if (strings.WorkingDirectory != null)
                        {
                            Check(SpawnExtensions.AddChangeDirectory(fileActions, strings.WorkingDirectory));
                        }

                        SpawnExtensions.TryAddCloseFrom(fileActions, 3);

                        Check(LibC.SigEmptySet(defaultSignals) == 0 ? 0 : LibC.LastError);
                        _ = LibC.SigAddSet(defaultSignals, Signals.Pipe);
                        _ = LibC.SigAddSet(defaultSignals, Signals.Term);
                        Check(LibC.SigEmptySet(signalMask) == 0 ? 0 : LibC.LastError);
                        Check(LibC.PosixSpawnAttrSetSigDefault(attributes, defaultSignals));
                        Check(LibC.PosixSpawnAttrSetSigMask(attributes, signalMask));
                        var group = NewSession ? SpawnFlags.SetSession : SpawnFlags.SetProcessGroup;
                        Check(LibC.PosixSpawnAttrSetPGroup(attributes, 0));
                        Check(LibC.PosixSpawnAttrSetFlags(attributes, (short)(group | SpawnFlags.SetSignalDefaults | SpawnFlags.SetSignalMask)));

                        int childPid;
                        var error = LibC.PosixSpawn(&childPid, strings.ExecutablePath, fileActions, attributes, strings.Argv, strings.Envp);
                        pid = error == 0 ? childPid : 0;
                        return error;
                    }
                }
                finally
                {
                    _ = LibC.PosixSpawnAttrDestroy(attributes);
                }
            }
            finally
            {
                _ = LibC.PosixSpawnFileActionsDestroy(fileActions);
            }
        }
        finally
        {
            strings.Dispose();
        }
    }

    private static void Check(int error)
    {
        if (error != 0)
        {
            throw new IOException($"Preparing posix_spawn failed: {LibC.Describe(error)} (errno {error}).");
        }
    }

    private static void CreatePipe(LaunchSpec spec, string operation, out int readEnd, out int writeEnd)
    {
        int* fds = stackalloc int[2];
        if (LibC.Pipe2(fds, OpenFlags.CloseOnExec) != 0)
        {
            var error = LibC.LastError;
            throw new CommandStartException(spec.Program, $"could not create a pipe: {LibC.Describe(error)}. Too many open files or processes; close some, or raise the limit (ulimit -n)", error, operation, isRetryable: true);
        }

        readEnd = AboveStandardDescriptors(fds[0]);
        writeEnd = AboveStandardDescriptors(fds[1]);
    }

    // If this process runs with a standard descriptor closed, pipe2 can return 0, 1 or 2, and a dup2 onto the
    // same number would keep FD_CLOEXEC and vanish at exec. Moving such a descriptor above 2 avoids the case.
    private static int AboveStandardDescriptors(int fd)
    {
        if (fd > 2)
        {
            return fd;
        }

        var moved = LibC.Fcntl(fd, FcntlCommands.DuplicateCloseOnExec, 3);
        _ = LibC.Close(fd);
        return moved;
    }

    // A fresh pipe end has no other status flags (F_SETFL ignores the access mode), so no F_GETFL round trip is needed.
    private static void SetNonBlocking(int fd)
    {
        if (fd >= 0)
        {
            _ = LibC.Fcntl(fd, FcntlCommands.SetStatusFlags, OpenFlags.NonBlock);
        }
    }

    private int OpenPidFd(int pid)
    {
        if (DisablePidFd || Volatile.Read(ref _pidFdUnavailable) != 0)
        {
            return -1;
        }

        var fd = (int)LibC.Syscall(Syscalls.PidfdOpen, pid, 0);
        if (fd < 0)
        {
            var error = LibC.LastError;
            if (error is Errno.ENOSYS or Errno.EPERM)
            {
                // An old kernel, or a seccomp profile that forbids the call: poll from now on.
                Volatile.Write(ref _pidFdUnavailable, 1);
            }

            return -1;
        }

        return fd;
    }

    private static void CloseAll(params ReadOnlySpan<int> fds)
    {
        foreach (var fd in fds)
        {
            if (fd >= 0)
            {
                _ = LibC.Close(fd);
            }
        }
    }

    private static DriverException SpawnError(LaunchSpec spec, string operation, int error)
    {
        var description = LibC.Describe(error);
        switch (error)
        {
            case Errno.ENOENT or Errno.ENOTDIR when spec.WorkingDirectory is { } directory && !Directory.Exists(directory):
                return new WorkingDirectoryNotFoundException(spec.Program, directory, directory, operation);
            case Errno.ENOENT when File.Exists(spec.ExecutablePath):
                return new ExecutableNotFoundException(spec.Program, $"{spec.ExecutablePath} exists, but the interpreter named on its #! line does not", operation);
            case Errno.ENOENT or Errno.ENOTDIR or Errno.ELOOP:
                return new ExecutableNotFoundException(spec.Program, spec.ExecutablePath, operation);
            case Errno.EACCES:
                return new ExecutableNotFoundException(spec.Program, $"{spec.ExecutablePath} (permission denied: the file, its interpreter or the working directory is not accessible)", operation);
            case Errno.ENOEXEC:
                return new CommandStartException(spec.Program, $"{spec.ExecutablePath} is not in a format this system can execute (a script needs a #! line, a binary must match this CPU)", error, operation);
            case Errno.E2BIG:
                return new CommandStartException(spec.Program, "the argument list and environment together are larger than the system allows (ARG_MAX). Pass large data on standard input or in a file instead", error, operation);
            case Errno.ETXTBSY:
                return new CommandStartException(spec.Program, $"{spec.ExecutablePath} is being written by another process. Retry once it is closed", error, operation, isRetryable: true);
            case Errno.EAGAIN or Errno.ENOMEM or Errno.EMFILE or Errno.ENFILE:
                return new CommandStartException(spec.Program, $"{description}: a process, memory or file limit was reached. Retry later, or raise the limit", error, operation, isRetryable: true);
            default:
                return new CommandStartException(spec.Program, $"posix_spawn failed: {description} (errno {error})", error, operation);
        }
    }

    private static bool ComputeIsSupported()
    {
        if (!OperatingSystem.IsLinux()
            || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)
            || Environment.ProcessId == 1
            || IsSigChildIgnored())
        {
            return false;
        }

        try
        {
            byte* set = stackalloc byte[SignalSetSize];
            return LibC.SigEmptySet(set) == 0 && SpawnExtensions.CanChangeDirectory;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static bool HasControllingTerminal()
    {
        fixed (byte* tty = "/dev/tty\0"u8)
        {
            var fd = LibC.Open(tty, OpenFlags.ReadOnly | OpenFlags.NoControllingTerminal | OpenFlags.CloseOnExec);
            if (fd < 0)
            {
                return false;
            }

            _ = LibC.Close(fd);
            return true;
        }
    }

    // SigIgn in /proc/self/status is a hex mask; bit (17 - 1) is SIGCHLD.
    private static bool IsSigChildIgnored()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
                {
                    var mask = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
                    return (mask & (1UL << 16)) != 0;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (FormatException)
        {
        }

        return false;
    }

    /// <summary>argv, envp and paths as NUL-terminated UTF-8 in one native block, freed after the spawn.</summary>
    private readonly struct NativeStrings : IDisposable
    {
        private readonly byte* _block;

        private NativeStrings(byte* block, byte* executablePath, byte* workingDirectory, byte** argv, byte** envp)
        {
            _block = block;
            ExecutablePath = executablePath;
            WorkingDirectory = workingDirectory;
            Argv = argv;
            Envp = envp;
        }

        public byte* ExecutablePath { get; }

        public byte* WorkingDirectory { get; }

        public byte** Argv { get; }

        public byte** Envp { get; }

        public static NativeStrings Create(LaunchSpec spec)
        {
            var encoding = Encoding.UTF8;
            var argc = 1 + spec.Arguments.Length;
            var envc = spec.Environment.Count;
            nuint size = (nuint)((argc + 1 + envc + 1) * sizeof(byte*));
            size += (nuint)encoding.GetByteCount(spec.ExecutablePath) + 1;
            if (spec.WorkingDirectory != null)
            {
                size += (nuint)encoding.GetByteCount(spec.WorkingDirectory) + 1;
            }

            size += (nuint)encoding.GetByteCount(spec.Program) + 1;
            foreach (var argument in spec.Arguments)
            {
                size += (nuint)encoding.GetByteCount(argument) + 1;
            }

            foreach (var (name, value) in spec.Environment)
            {
                size += (nuint)(encoding.GetByteCount(name) + encoding.GetByteCount(value)) + 2;
            }

            var block = (byte*)NativeMemory.Alloc(size);
            var argv = (byte**)block;
            var envp = argv + argc + 1;
            var cursor = (byte*)(envp + envc + 1);
            var end = block + size;

            var path = Put(spec.ExecutablePath, ref cursor, end);
            var directory = spec.WorkingDirectory != null ? Put(spec.WorkingDirectory, ref cursor, end) : null;
            argv[0] = Put(spec.Program, ref cursor, end);
            for (var i = 0; i < spec.Arguments.Length; i++)
            {
                argv[i + 1] = Put(spec.Arguments[i], ref cursor, end);
            }

            argv[argc] = null;
            var e = 0;
            foreach (var (name, value) in spec.Environment)
            {
                var start = cursor;
                cursor += encoding.GetBytes(name, new Span<byte>(cursor, (int)(end - cursor)));
                *cursor++ = (byte)'=';
                cursor += encoding.GetBytes(value, new Span<byte>(cursor, (int)(end - cursor)));
                *cursor++ = 0;
                envp[e++] = start;
            }

            envp[e] = null;
            return new NativeStrings(block, path, directory, argv, envp);
        }

        public void Dispose() => NativeMemory.Free(_block);

        private static byte* Put(string value, ref byte* cursor, byte* end)
        {
            var start = cursor;
            cursor += Encoding.UTF8.GetBytes(value, new Span<byte>(cursor, (int)(end - cursor)));
            *cursor++ = 0;
            return start;
        }
    }
}
