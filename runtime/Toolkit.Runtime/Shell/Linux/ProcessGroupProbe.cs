using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

namespace Toolkit.Shell.Linux;

/// <summary>
/// Answers "is any process of this group still alive?". <c>kill(-pgid, 0)</c> answers "no" cheaply, but it
/// counts zombies as members; killed orphans stay zombies until their new parent (init, or a container's
/// PID 1, which often never reaps) collects them. So a "yes" is confirmed by scanning <c>/proc</c> for a
/// member that is not a zombie.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class ProcessGroupProbe
{
    /// <summary>Whether a non-zombie process with process group <paramref name="groupId"/> exists.</summary>
    public static bool HasLiveMembers(int groupId)
    {
        if (LibC.Kill(-groupId, 0) != 0 && LibC.LastError == Errno.ESRCH)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[512];
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = directory.AsSpan(6);
            if (name.IsEmpty || !char.IsAsciiDigit(name[0]))
            {
                continue;
            }

            if (TryReadStat(directory, buffer, out var state, out var processGroup)
                && processGroup == groupId
                && state is not ((byte)'Z' or (byte)'X' or (byte)'x'))
            {
                return true;
            }
        }

        return false;
    }

    // /proc/<pid>/stat is "pid (comm) state ppid pgrp ..."; comm may hold spaces and ')' so parse after the last ')'.
    private static bool TryReadStat(string directory, Span<byte> buffer, out byte state, out int processGroup)
    {
        state = 0;
        processGroup = 0;
        int length;
        try
        {
            using SafeFileHandle handle = File.OpenHandle(directory + "/stat");
            length = RandomAccess.Read(handle, buffer, 0);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        var text = buffer[..length];
        var close = text.LastIndexOf((byte)')');
        if (close < 0 || close + 2 >= text.Length)
        {
            return false;
        }

        // After ") ": state, ' ', ppid, ' ', pgrp
        var rest = text[(close + 2)..];
        state = rest[0];
        var fields = rest[1..].TrimStart((byte)' ');
        var space = fields.IndexOf((byte)' ');
        if (space < 0)
        {
            return false;
        }

        fields = fields[(space + 1)..];
        space = fields.IndexOf((byte)' ');
        var groupText = space < 0 ? fields : fields[..space];
        return System.Buffers.Text.Utf8Parser.TryParse(groupText, out processGroup, out _);
    }
}
