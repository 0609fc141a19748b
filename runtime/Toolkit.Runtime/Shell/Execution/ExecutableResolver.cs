using Toolkit.Errors;
using Toolkit.Interop;

namespace Toolkit.Shell.Execution;

/// <summary>Finds the file a command's program names, the way a POSIX shell would, and says where it looked when it cannot.</summary>
internal static class ExecutableResolver
{
    /// <summary>Used when the environment has no PATH (execvp's default).</summary>
    internal const string DefaultSearchPath = "/usr/local/bin:/usr/bin:/bin";

    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>Returns the absolute path of the executable, or throws <see cref="ExecutableNotFoundException"/>.</summary>
    /// <param name="program">The program as the caller gave it.</param>
    /// <param name="workingDirectory">The command's absolute working directory, or <see langword="null"/>.</param>
    /// <param name="environment">The process's environment, whose PATH is searched.</param>
    /// <param name="operation">The driver operation, for the error.</param>
    public static string Resolve(string program, string? workingDirectory, IReadOnlyDictionary<string, string> environment, string operation)
    {
        if (program.Contains('/') || (OperatingSystem.IsWindows() && (program.Contains('\\') || Path.IsPathRooted(program))))
        {
            // Like execve after chdir: a relative path is relative to the directory the process starts in.
            var fullPath = Path.GetFullPath(program, workingDirectory ?? Environment.CurrentDirectory);
            return IsExecutable(fullPath) ? fullPath : throw new ExecutableNotFoundException(program, fullPath, operation);
        }

        var searchPath = environment.TryGetValue("PATH", out var path) ? path : OperatingSystem.IsWindows() ? string.Empty : DefaultSearchPath;
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            // Empty entries (meaning "the current directory" to old shells) are skipped: running whatever file happens
            // to sit in the current directory is how PATH-injection attacks work.
            if (!Path.IsPathRooted(directory))
            {
                continue;
            }

            foreach (var candidate in Candidates(directory, program, environment))
            {
                if (IsExecutable(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new ExecutableNotFoundException(program, searchPath.Length == 0 ? "PATH is empty" : $"PATH={searchPath}", operation);
    }

    private static IEnumerable<string> Candidates(string directory, string program, IReadOnlyDictionary<string, string> environment)
    {
        var candidate = Path.Join(directory, program);
        if (!OperatingSystem.IsWindows() || Path.HasExtension(program))
        {
            yield return candidate;
            yield break;
        }

        var extensions = environment.TryGetValue("PATHEXT", out var pathExt) ? pathExt : ".COM;.EXE;.BAT;.CMD";
        foreach (var extension in extensions.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return candidate + extension;
        }
    }

    private static bool IsExecutable(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            // One access() per PATH entry instead of two stat calls: most entries do not have the program at all.
            return Interop.LibC.Access(path, Interop.AccessModes.Execute) == 0 && File.Exists(path);
        }

        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            return (File.GetUnixFileMode(path) & AnyExecute) != 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
