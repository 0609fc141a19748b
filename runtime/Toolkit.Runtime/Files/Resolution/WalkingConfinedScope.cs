using Microsoft.Win32.SafeHandles;
using Toolkit.Files.Native;

namespace Toolkit.Files.Resolution;

/// <summary>
/// Confinement without openat2 (older kernels, seccomp profiles that block it): the path is walked one
/// name at a time with openat(O_PATH | O_NOFOLLOW) from the root's descriptor, symbolic links are read
/// and expanded here, and ".." pops the walk's own stack of directories, so it can never rise above the
/// root. Each step starts from a descriptor, not a path, which keeps it free of check-then-use races.
/// </summary>
internal sealed class WalkingConfinedScope(string root) : ConfinedScope(root)
{
    /// <summary>The kernel's limit (MAXSYMLINKS) on links followed during one resolution.</summary>
    private const int MaxLinks = 40;

    protected override int OpenBeneath(SafeFileHandle root, string relative, int flags, uint mode, out SafeFileHandle handle)
    {
        handle = null!;
        bool callerNoFollow = (flags & OpenFlags.NoFollow) != 0;
        bool creates = (flags & OpenFlags.Create) != 0;
        var pending = new Stack<string>();
        bool trailingSlash = Push(pending, relative);
        var directories = new List<SafeFileHandle>();
        int links = 0;
        try
        {
            while (true)
            {
                var current = directories.Count > 0 ? directories[^1] : root;
                if (pending.Count == 0)
                {
                    return Unix.OpenAt(current, ".", flags, mode, out handle);
                }

                string name = pending.Pop();
                bool last = pending.Count == 0;
                if (name == "..")
                {
                    if (directories.Count == 0)
                    {
                        return Errno.OutsideRoot;
                    }

                    directories[^1].Dispose();
                    directories.RemoveAt(directories.Count - 1);
                    continue;
                }

                if (!last)
                {
                    int error = Unix.OpenAt(current, name, OpenFlags.Path | OpenFlags.NoFollow, 0, out var step);
                    if (error != 0)
                    {
                        return error;
                    }

                    error = Unix.Stat(step, out var status);
                    if (error == 0 && status.IsSymbolicLink)
                    {
                        error = Expand(step, string.Empty, pending, ref links, out trailingSlash, trailingSlash);
                        step.Dispose();
                        if (error != 0)
                        {
                            return error;
                        }

                        continue;
                    }

                    if (error != 0 || !status.IsDirectory)
                    {
                        step.Dispose();
                        return error != 0 ? error : Errno.ENOTDIR;
                    }

                    directories.Add(step);
                    continue;
                }

                int finalFlags = flags | OpenFlags.NoFollow;
                if (trailingSlash && !creates)
                {
                    finalFlags |= OpenFlags.Directory;
                }

                int result = Unix.OpenAt(current, name, finalFlags, mode, out var opened);
                if (result == 0)
                {
                    // O_PATH | O_NOFOLLOW opens a link itself rather than failing; follow it unless the caller asked not to.
                    if ((flags & OpenFlags.Path) != 0 && !callerNoFollow && Unix.Stat(opened, out var openedStatus) == 0 && openedStatus.IsSymbolicLink)
                    {
                        result = Expand(opened, string.Empty, pending, ref links, out trailingSlash, trailingSlash);
                        opened.Dispose();
                        if (result != 0)
                        {
                            return result;
                        }

                        continue;
                    }

                    handle = opened;
                    return 0;
                }

                if (callerNoFollow || (result != Errno.ELOOP && result != Errno.ENOTDIR))
                {
                    return result;
                }

                // ELOOP (or ENOTDIR with O_DIRECTORY) from O_NOFOLLOW: the last name is a link to follow.
                if (Unix.Stat(current, name, followLinks: false, out var leaf) != 0 || !leaf.IsSymbolicLink)
                {
                    return result;
                }

                result = Expand(current, name, pending, ref links, out trailingSlash, trailingSlash);
                if (result != 0)
                {
                    return result;
                }
            }
        }
        finally
        {
            foreach (var directory in directories)
            {
                directory.Dispose();
            }
        }
    }

    /// <summary>Reads a link and pushes its target's names in front of what remains; absolute targets leave the root.</summary>
    private static int Expand(SafeFileHandle directory, string name, Stack<string> pending, ref int links, out bool trailingSlash, bool previousTrailingSlash)
    {
        trailingSlash = previousTrailingSlash;
        if (++links > MaxLinks)
        {
            return Errno.ELOOP;
        }

        int error = Unix.ReadLinkAt(directory, name, out string target);
        if (error != 0)
        {
            return error;
        }

        if (target.Length == 0)
        {
            return Errno.ENOENT;
        }

        if (target.StartsWith('/'))
        {
            return Errno.OutsideRoot;
        }

        bool wasLast = pending.Count == 0;
        bool targetSlash = Push(pending, target);
        if (wasLast)
        {
            trailingSlash = previousTrailingSlash || targetSlash;
        }

        return 0;
    }

    /// <summary>Pushes the names of <paramref name="path"/> so the first is on top; returns whether it ended with a slash.</summary>
    private static bool Push(Stack<string> pending, string path)
    {
        var names = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = names.Length - 1; i >= 0; i--)
        {
            if (names[i] != ".")
            {
                pending.Push(names[i]);
            }
        }

        return path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path == ".";
    }
}
