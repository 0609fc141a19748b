using System.Text;
using Microsoft.Win32.SafeHandles;
using Toolkit.Files.Resolution;
using Toolkit.Interop;

namespace Toolkit.Files.Globbing;

/// <summary>
/// Expands glob patterns against the file system the way bash does with <c>globstar</c>:
/// <list type="bullet">
/// <item>literal components are looked up (following symbolic links), wildcard components list the directory;</item>
/// <item><c>**</c> stands for the directory itself and every directory below it, entering real directories only
/// (symbolic links to directories are matched as entries but never entered), and skipping hidden ones unless dotglob;</item>
/// <item>a final <c>**</c> also yields the directory itself, written "dir/" when everything before it was literal and
/// "dir" otherwise, exactly as bash prints it;</item>
/// <item>a trailing slash keeps only directories (links to directories included) and keeps the slash.</item>
/// </list>
/// Directories are read with getdents64 into a reused buffer and entered through O_NOFOLLOW descriptors;
/// only symbolic links are resolved by path, through the scope, so a confined glob never leaves its root.
/// </summary>
internal sealed class GlobWalker(PathScope scope, CancellationToken cancellationToken) : IDisposable
{
    private readonly DirectoryReader _reader = new();
    private readonly char[] _name = new char[1024];
    private readonly List<string> _results = new();
    private GlobPattern _pattern = null!;
    private bool[] _literalBefore = [];

    public void Add(GlobPattern pattern)
    {
        _pattern = pattern;
        _literalBefore = new bool[pattern.Components.Length];
        bool literal = true;
        for (int i = 0; i < pattern.Components.Length; i++)
        {
            _literalBefore[i] = literal;
            literal &= pattern.Components[i].Kind == GlobComponentKind.Literal;
        }

        string start = pattern.Lead.Length > 0 ? pattern.Lead : ".";
        int error = scope.Open(start, OpenFlags.ReadOnly | OpenFlags.Directory, 0, out var directory);
        if (error is Errno.OutsideRoot or Errno.RootNotFound)
        {
            throw FileErrors.FromErrno(error, start, FileOperationNames.Glob, scope.Root);
        }

        if (error != 0)
        {
            return;
        }

        using (directory)
        {
            Process(directory, pattern.Lead, 0);
        }
    }

    /// <summary>The matches of every pattern added, sorted ordinally and without duplicates.</summary>
    public List<string> Results()
    {
        _results.Sort(string.CompareOrdinal);
        int kept = 0;
        for (int i = 0; i < _results.Count; i++)
        {
            if (kept == 0 || !string.Equals(_results[i], _results[kept - 1], StringComparison.Ordinal))
            {
                _results[kept++] = _results[i];
            }
        }

        _results.RemoveRange(kept, _results.Count - kept);
        return _results;
    }

    public void Dispose() => _reader.Dispose();

    private void Process(SafeFileHandle directory, string prefix, int index)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var component = _pattern.Components[index];
        bool last = index == _pattern.Components.Length - 1;
        switch (component.Kind)
        {
            case GlobComponentKind.Literal:
                ProcessLiteral(directory, prefix, index, component.Text, last);
                break;
            case GlobComponentKind.Wildcard:
                ProcessWildcard(directory, prefix, index, component, last);
                break;
            case GlobComponentKind.GlobStar when last:
                if (prefix.Length > 0)
                {
                    Emit(_pattern.TrailingSlash || (_literalBefore[index] && !_pattern.EndsWithDoubleGlobStar) ? prefix : TrimSlash(prefix));
                }

                WalkAll(directory, prefix, component.MatchesHidden);
                break;
            case GlobComponentKind.GlobStar:
                // Bash skips links to directories as bases only when the pattern starts with `**/` (its
                // "all_starstar" case); after anything else, `x/**/y` also tries y inside links found below x.
                bool linkBases = !(index == 0 && _pattern.Lead.Length == 0);
                var next = _pattern.Components[index + 1];
                if (next.Kind == GlobComponentKind.Wildcard && index + 1 == _pattern.Components.Length - 1)
                {
                    WalkMatching(directory, prefix, index, component.MatchesHidden, linkBases);
                }
                else
                {
                    WalkBases(directory, prefix, index, component.MatchesHidden, linkBases);
                }

                break;
        }
    }

    private void ProcessLiteral(SafeFileHandle directory, string prefix, int index, string name, bool last)
    {
        if (name.Length == 0)
        {
            // An empty component: the pattern's "/" itself, or one of "a//b"'s doubled slashes.
            if (last)
            {
                Emit(prefix);
            }
            else
            {
                Process(directory, prefix + "/", index + 1);
            }

            return;
        }

        if (last)
        {
            if (_pattern.TrailingSlash)
            {
                if (IsDirectory(directory, prefix, name, DirectoryEntryType.Unknown))
                {
                    Emit(prefix + name + "/");
                }
            }
            else if (Unix.Stat(directory, name, followLinks: false, out _) == 0)
            {
                Emit(prefix + name);
            }

            return;
        }

        var child = OpenDirectory(directory, prefix, name, DirectoryEntryType.Unknown, literal: true);
        if (child is not null)
        {
            using (child)
            {
                Process(child, prefix + name + "/", index + 1);
            }
        }
    }

    private void ProcessWildcard(SafeFileHandle directory, string prefix, int index, GlobComponent component, bool last)
    {
        var matches = new List<(string Name, byte Type)>();
        _reader.Start(directory);
        while (_reader.TryRead(out _))
        {
            var raw = _reader.Name;
            if (raw[0] == (byte)'.' && !component.MatchesHidden)
            {
                continue;
            }

            int length = Encoding.UTF8.GetChars(raw, _name);
            if (component.Pattern!.IsMatch(_name.AsSpan(0, length)))
            {
                matches.Add((new string(_name, 0, length), _reader.Type));
            }
        }

        foreach (var (name, type) in matches)
        {
            if (last)
            {
                if (!_pattern.TrailingSlash)
                {
                    Emit(prefix + name);
                }
                else if (IsDirectory(directory, prefix, name, type))
                {
                    Emit(prefix + name + "/");
                }

                continue;
            }

            var child = OpenDirectory(directory, prefix, name, type, literal: false);
            if (child is not null)
            {
                using (child)
                {
                    Process(child, prefix + name + "/", index + 1);
                }
            }
        }
    }

    /// <summary>A final <c>**</c>: every entry below, entering real directories only.</summary>
    private void WalkAll(SafeFileHandle directory, string prefix, bool hidden)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var subdirectories = new List<string>();
        _reader.Start(directory);
        var entries = new List<(string Name, byte Type)>();
        while (_reader.TryRead(out _))
        {
            var raw = _reader.Name;
            if (raw[0] == (byte)'.' && !hidden)
            {
                continue;
            }

            entries.Add((Encoding.UTF8.GetString(raw), _reader.Type));
        }

        foreach (var (name, type) in entries)
        {
            bool realDirectory = IsRealDirectory(directory, name, type);
            if (!_pattern.TrailingSlash)
            {
                Emit(prefix + name);
            }
            else if (realDirectory || IsDirectory(directory, prefix, name, type))
            {
                Emit(prefix + name + "/");
            }

            if (realDirectory)
            {
                subdirectories.Add(name);
            }
        }

        foreach (string name in subdirectories)
        {
            if (Unix.OpenAt(directory, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var child) == 0)
            {
                using (child)
                {
                    WalkAll(child, prefix + name + "/", hidden);
                }
            }
        }
    }

    /// <summary><c>**/pattern</c> as the end of the glob: one pass per directory both matches names and finds directories to enter.</summary>
    private void WalkMatching(SafeFileHandle directory, string prefix, int index, bool hidden, bool linkBases)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var next = _pattern.Components[index + 1];
        List<(string Name, byte Type)>? matches = null;
        List<string>? subdirectories = null;
        List<string>? links = null;
        _reader.Start(directory);
        while (_reader.TryRead(out _))
        {
            var raw = _reader.Name;
            bool dotted = raw[0] == (byte)'.';
            bool matchable = !dotted || next.MatchesHidden;
            bool enterable = !dotted || hidden;
            byte type = _reader.Type;
            bool candidateBase = enterable && (type is DirectoryEntryType.Directory or DirectoryEntryType.Unknown || (linkBases && type == DirectoryEntryType.SymbolicLink));
            if (!matchable && !candidateBase)
            {
                continue;
            }

            int length = Encoding.UTF8.GetChars(raw, _name);
            var name = _name.AsSpan(0, length);
            string? text = null;
            if (matchable && next.Pattern!.IsMatch(name))
            {
                if (_pattern.TrailingSlash)
                {
                    text = name.ToString();
                    (matches ??= new()).Add((text, type));
                }
                else
                {
                    // The common case (`**/*.cs`): one string per match, built straight from the decoded name.
                    Emit(string.Concat(prefix, name));
                }
            }

            if (candidateBase)
            {
                text ??= name.ToString();
                if (type == DirectoryEntryType.SymbolicLink || (type == DirectoryEntryType.Unknown && !IsRealDirectory(directory, text, type)))
                {
                    if (linkBases)
                    {
                        (links ??= new()).Add(text);
                    }
                }
                else
                {
                    (subdirectories ??= new()).Add(text);
                }
            }
        }

        if (matches is not null)
        {
            foreach (var (name, type) in matches)
            {
                if (IsDirectory(directory, prefix, name, type))
                {
                    Emit(prefix + name + "/");
                }
            }
        }

        VisitLinkBases(directory, prefix, index, links);
        if (subdirectories is null)
        {
            return;
        }

        foreach (string name in subdirectories)
        {
            if (Unix.OpenAt(directory, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var child) == 0)
            {
                using (child)
                {
                    WalkMatching(child, prefix + name + "/", index, hidden, linkBases);
                }
            }
        }
    }

    /// <summary>Runs the rest of the pattern inside links to directories found by <c>**</c>: bases of their own, never walked further.</summary>
    private void VisitLinkBases(SafeFileHandle directory, string prefix, int index, List<string>? links)
    {
        if (links is null)
        {
            return;
        }

        foreach (string name in links)
        {
            var child = OpenDirectory(directory, prefix, name, DirectoryEntryType.SymbolicLink, literal: false);
            if (child is not null)
            {
                using (child)
                {
                    Process(child, prefix + name + "/", index + 1);
                }
            }
        }
    }

    /// <summary>A <c>**</c> followed by more components: the rest of the pattern runs from this directory and each real directory below.</summary>
    private void WalkBases(SafeFileHandle directory, string prefix, int index, bool hidden, bool linkBases)
    {
        Process(directory, prefix, index + 1);
        var subdirectories = new List<string>();
        List<string>? links = null;
        _reader.Start(directory);
        while (_reader.TryRead(out _))
        {
            var raw = _reader.Name;
            byte type = _reader.Type;
            if ((raw[0] == (byte)'.' && !hidden) || type is not (DirectoryEntryType.Directory or DirectoryEntryType.Unknown or DirectoryEntryType.SymbolicLink))
            {
                continue;
            }

            string name = Encoding.UTF8.GetString(raw);
            if (type == DirectoryEntryType.SymbolicLink || (type == DirectoryEntryType.Unknown && !IsRealDirectory(directory, name, type)))
            {
                if (linkBases)
                {
                    (links ??= new()).Add(name);
                }
            }
            else
            {
                subdirectories.Add(name);
            }
        }

        VisitLinkBases(directory, prefix, index, links);
        foreach (string name in subdirectories)
        {
            if (Unix.OpenAt(directory, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var child) == 0)
            {
                using (child)
                {
                    WalkBases(child, prefix + name + "/", index, hidden, linkBases);
                }
            }
        }
    }

    private static bool IsRealDirectory(SafeFileHandle directory, string name, byte type) =>
        type == DirectoryEntryType.Directory
        || (type == DirectoryEntryType.Unknown && Unix.Stat(directory, name, followLinks: false, out var status) == 0 && status.IsDirectory);

    /// <summary>Whether the entry is a directory or a link to one inside the scope.</summary>
    private bool IsDirectory(SafeFileHandle directory, string prefix, string name, byte type)
    {
        if (IsRealDirectory(directory, name, type))
        {
            return true;
        }

        if (scope.Open(ScopePath(prefix, name), OpenFlags.Path | OpenFlags.Directory, 0, out var handle) != 0)
        {
            return false;
        }

        handle.Dispose();
        return true;
    }

    /// <summary>
    /// Opens a subdirectory to continue matching in: a real directory through its parent's descriptor with
    /// O_NOFOLLOW, anything else (a link, ".", "..") by path through the scope. A literal component that
    /// leaves a confined root is an error; a wildcard match that would is skipped.
    /// </summary>
    private SafeFileHandle? OpenDirectory(SafeFileHandle directory, string prefix, string name, byte type, bool literal)
    {
        if (name is not ("." or "..") && type is DirectoryEntryType.Directory or DirectoryEntryType.Unknown
            && Unix.OpenAt(directory, name, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.NoFollow, 0, out var child) == 0)
        {
            return child;
        }

        int error = scope.Open(ScopePath(prefix, name), OpenFlags.ReadOnly | OpenFlags.Directory, 0, out var resolved);
        if (error == 0)
        {
            return resolved;
        }

        if (error == Errno.OutsideRoot && literal)
        {
            throw FileErrors.FromErrno(error, ScopePath(prefix, name), FileOperationNames.Glob, scope.Root);
        }

        return null;
    }

    private static string ScopePath(string prefix, string name) => prefix.Length == 0 ? name : prefix + name;

    private static string TrimSlash(string prefix)
    {
        string trimmed = prefix.TrimEnd('/');
        return trimmed.Length == 0 ? prefix : trimmed;
    }

    private void Emit(string path) => _results.Add(path);
}
