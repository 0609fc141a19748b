using System.ComponentModel;
using System.Diagnostics;
using Toolkit.Errors;
using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Portable;

/// <summary>
/// Starts processes with <see cref="Process"/>: the launcher for Windows, macOS, and Linux when
/// <see cref="Linux.LinuxProcessLauncher"/> cannot be used (for example when this process is PID 1 in a container;
/// run the container with <c>--init</c> to get process-group stopping back).
/// </summary>
internal sealed class PortableProcessLauncher : ProcessLauncher
{
    public override string Name => "portable-process";

    public override ChildProcess Start(LaunchSpec spec, string operation)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = spec.ExecutablePath,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };

        if (spec.WorkingDirectory != null)
        {
            startInfo.WorkingDirectory = spec.WorkingDirectory;
        }

        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Clear();
        foreach (var (name, value) in spec.Environment)
        {
            startInfo.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new CommandStartException(spec.Program, "the operating system started no process", 0, operation);
        }
        catch (Win32Exception ex) when (ex.NativeErrorCode is 2 or 13)
        {
            // ENOENT / EACCES on Unix, ERROR_FILE_NOT_FOUND on Windows.
            if (spec.WorkingDirectory is { } directory && !Directory.Exists(directory))
            {
                throw new WorkingDirectoryNotFoundException(spec.Program, directory, directory, operation, ex);
            }

            throw new ExecutableNotFoundException(spec.Program, spec.ExecutablePath, operation, innerException: ex);
        }
        catch (Win32Exception ex)
        {
            throw new CommandStartException(spec.Program, ex.Message, ex.NativeErrorCode, operation, innerException: ex);
        }

        return new PortableChildProcess(process, spec.PipeStandardInput);
    }
}
