namespace Toolkit.Interop;

/// <summary>Signal numbers (the same on every Linux architecture the drivers run on).</summary>
internal static class Signals
{
    public const int Kill = 9;
    public const int Pipe = 13;
    public const int Term = 15;
    public const int Cont = 18;
}

/// <summary>fcntl(2) commands.</summary>
internal static class FcntlCommands
{
    public const int SetStatusFlags = 4;
    public const int DuplicateCloseOnExec = 1030;
    public const int SetPipeSize = 1031;
}

/// <summary>waitpid(2) and waitid(2) options and id types.</summary>
internal static class WaitOptions
{
    public const int NoHang = 1;
    public const int Exited = 4;
    public const int NoWait = 0x01000000;

    /// <summary>P_PID: waitid's id is a process id.</summary>
    public const int IdTypePid = 1;
}

/// <summary>posix_spawnattr_setflags(3) flags.</summary>
internal static class SpawnFlags
{
    public const short SetProcessGroup = 0x02;
    public const short SetSignalDefaults = 0x04;
    public const short SetSignalMask = 0x08;
    public const short SetSession = 0x80;
}

/// <summary>epoll_create1(2), epoll_ctl(2) and event flags.</summary>
internal static class EpollFlags
{
    public const int CloseOnExec = 0x80000;
    public const int Add = 1;
    public const int Delete = 2;
    public const uint In = 0x1;
    public const uint Out = 0x4;
    public const uint Error = 0x8;
    public const uint HangUp = 0x10;
    public const uint EdgeTriggered = 1u << 31;
}

/// <summary>access(2) modes.</summary>
internal static class AccessModes
{
    public const int Execute = 1;
}
