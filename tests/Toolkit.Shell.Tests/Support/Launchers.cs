using Toolkit.Shell.Execution;
using Toolkit.Shell.Linux;
using Toolkit.Shell.Portable;

namespace Toolkit.Shell.Tests.Support;

/// <summary>
/// The process launchers behavioural tests run against: the Linux launcher (posix_spawn, epoll, pidfd), the same
/// launcher with the polling fallback used on kernels without pidfd, and the portable one built on Process.
/// </summary>
public static class Launchers
{
    public static TheoryData<string> All => new() { "linux", "linux-polling", "portable" };

    public static ShellDriver Driver(string name) => new(Launcher(name));

    internal static ProcessLauncher Launcher(string name) => name switch
    {
        "linux" => new LinuxProcessLauncher(),
        "linux-polling" => new LinuxProcessLauncher { DisablePidFd = true },
        "portable" => new PortableProcessLauncher(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown launcher."),
    };
}
