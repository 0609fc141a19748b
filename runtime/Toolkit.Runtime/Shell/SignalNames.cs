namespace Toolkit.Shell;

/// <summary>Names of the common POSIX signals, for messages (<c>9</c> reads better as <c>SIGKILL</c>).</summary>
internal static class SignalNames
{
    /// <summary>The signal's name, such as <c>SIGKILL</c>, or <c>signal N</c> for one without a well-known name.</summary>
    public static string Describe(int signal) => signal switch
    {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        10 => "SIGUSR1",
        11 => "SIGSEGV",
        12 => "SIGUSR2",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        _ => $"signal {signal}",
    };
}
