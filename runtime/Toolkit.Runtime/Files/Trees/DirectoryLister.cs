using System.Text;
using Microsoft.Win32.SafeHandles;
using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files.Trees;

/// <summary>Lists a directory, optionally recursively, entering subdirectories through O_NOFOLLOW descriptors so links are listed and never entered.</summary>
internal static class DirectoryLister
{
    public static List<FileEntry> List(SafeFileHandle directory, string path, ListOptions options, string operation, CancellationToken cancellationToken)
    {
        var entries = new List<FileEntry>();
        using var reader = new DirectoryReader();
        var pending = new Stack<(SafeFileHandle Handle, string Path)>();
        pending.Push((directory, path));
        bool first = true;
        try
        {
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (handle, handlePath) = pending.Pop();
                try
                {
                    ListOne(handle, handlePath, options, operation, reader, entries, pending);
                }
                finally
                {
                    // The caller owns the first descriptor.
                    if (!first)
                    {
                        handle.Dispose();
                    }

                    first = false;
                }
            }
        }
        finally
        {
            while (pending.Count > 0)
            {
                pending.Pop().Handle.Dispose();
            }
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }

    private static void ListOne(SafeFileHandle handle, string path, ListOptions options, string operation, DirectoryReader reader, List<FileEntry> entries, Stack<(SafeFileHandle, string)> pending)
    {
        var subdirectories = options.Recursive ? new List<string>() : null;
        reader.Start(handle);
        int readError;
        while (reader.TryRead(out readError))
        {
            var rawName = reader.Name;
            if (!options.IncludeHidden && rawName[0] == (byte)'.')
            {
                continue;
            }

            string name = Encoding.UTF8.GetString(rawName);
            byte type = reader.Type;
            var kind = type == DirectoryEntryType.Unknown
                ? (Unix.Stat(handle, name, followLinks: false, out var status) == 0 ? status.Kind : FileEntryKind.Other)
                : DirectoryEntryType.ToKind(type);
            entries.Add(new FileEntry(PathText.Join(path, name), name, kind));
            if (kind == FileEntryKind.Directory)
            {
                subdirectories?.Add(name);
            }
        }

        if (readError != 0)
        {
            throw FileErrors.FromErrno(readError, path, operation);
        }

        if (subdirectories is null)
        {
            return;
        }

        foreach (string name in subdirectories)
        {
            int error = Unix.OpenAt(handle, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var child);
            if (error == 0)
            {
                pending.Push((child, PathText.Join(path, name)));
            }
            else if (error is not (Errno.ENOENT or Errno.ENOTDIR or Errno.ELOOP))
            {
                // Gone or replaced since it was read: skip it. Anything else is a real failure.
                throw FileErrors.FromErrno(error, PathText.Join(path, name), operation);
            }
        }
    }
}
