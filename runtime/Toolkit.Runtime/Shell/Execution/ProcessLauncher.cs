using Toolkit.Shell.Linux;
using Toolkit.Shell.Portable;

namespace Toolkit.Shell.Execution;

/// <summary>Starts processes for the shell driver; one implementation per platform family.</summary>
internal abstract class ProcessLauncher
{
    private static readonly Lazy<ProcessLauncher> LazyDefault = new(CreateDefault);

    /// <summary>
    /// The launcher for this machine: <see cref="LinuxProcessLauncher"/> (posix_spawn into a new process group, epoll,
    /// pidfd) on Linux when it can own its children's exit status, otherwise <see cref="PortableProcessLauncher"/>
    /// (<see cref="System.Diagnostics.Process"/>).
    /// </summary>
    public static ProcessLauncher Default => LazyDefault.Value;

    /// <summary>A short name for diagnostics and tests.</summary>
    public abstract string Name { get; }

    /// <summary>Starts the process; throws the shell driver's typed errors when it cannot.</summary>
    public abstract ChildProcess Start(LaunchSpec spec, string operation);

    private static ProcessLauncher CreateDefault() =>
        OperatingSystem.IsLinux() && LinuxProcessLauncher.IsSupported ? new LinuxProcessLauncher() : new PortableProcessLauncher();
}
