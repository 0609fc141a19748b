using Microsoft.Win32.SafeHandles;
using Toolkit.Interop;

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

    /// <summary>How often the last name is retried when a concurrent rename keeps changing what it is.</summary>
    private const int MaxRetries = 16;

    protected override int OpenBeneath(SafeFileHandle root, string relative, int flags, uint mode, out SafeFileHandle handle)
    {
        handle = null!;
        bool callerNoFollow = (flags & OpenFlags.NoFollow) != 0;
        bool creates = (flags & OpenFlags.Create) != 0;
        var pending = new Stack<string>();
        bool trailingSlash = Push(pending, relative);
        var directories = new List<SafeFileHandle>();
        int links = 0;
        int retries = 0;
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

                bool wantsDirectory = (flags & OpenFlags.Directory) != 0 || trailingSlash;
                if (!creates && (wantsDirectory || (flags & OpenFlags.Path) != 0))
                {
                    // Pin the last name first (O_PATH | O_NOFOLLOW), then decide on that very inode: no window for a swap.
                    int error = Unix.OpenAt(current, name, OpenFlags.Path | OpenFlags.NoFollow, 0, out var node);
                    if (error != 0)
                    {
                        return error;
                    }

                    error = Unix.Stat(node, out var status);
                    if (error == 0 && status.IsSymbolicLink && !callerNoFollow)
                    {
                        error = Expand(node, string.Empty, pending, ref links, out trailingSlash, trailingSlash);
                        node.Dispose();
                        if (error != 0)
                        {
                            return error;
                        }

                        continue;
                    }

                    if (error == 0 && wantsDirectory && !status.IsDirectory)
                    {
                        error = status.IsSymbolicLink ? Errno.ELOOP : Errno.ENOTDIR;
                    }

                    if (error != 0 || (flags & OpenFlags.Path) != 0)
                    {
                        if (error != 0)
                        {
                            node.Dispose();
                            return error;
                        }

                        handle = node;
                        return 0;
                    }

                    using (node)
                    {
                        return Unix.OpenAt(node, ".", flags & ~OpenFlags.NoFollow, mode, out handle);
                    }
                }

                int result = Unix.OpenAt(current, name, flags | OpenFlags.NoFollow, mode, out var opened);
                if (result == 0 || callerNoFollow || result != Errno.ELOOP)
                {
                    handle = opened;
                    return result;
                }

                // ELOOP from O_NOFOLLOW: the last name is a link. Pin it and read it from its own descriptor.
                result = Unix.OpenAt(current, name, OpenFlags.Path | OpenFlags.NoFollow, 0, out var link);
                if (result != 0)
                {
                    return result;
                }

                using (link)
                {
                    if (Unix.Stat(link, out var linkStatus) == 0 && linkStatus.IsSymbolicLink)
                    {
                        result = Expand(link, string.Empty, pending, ref links, out trailingSlash, trailingSlash);
                    }
                    else if (++retries > MaxRetries)
                    {
                        result = Errno.ELOOP;
                    }
                    else
                    {
                        // Swapped back to a file between the two opens: try the name again.
                        pending.Push(name);
                        continue;
                    }
                }

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
