using Toolkit.Shell;

namespace Toolkit.Docker.Tests;

/// <summary>The host tools the remote-engine and registry fixtures run (openssl, ip, ssh-keygen, htpasswd), through the shell driver.</summary>
internal static class HostCommands
{
    private static readonly ShellDriver Shell = new();

    /// <summary>Runs a tool and returns its standard output; a non-zero exit fails with its standard error.</summary>
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        try
        {
            var result = await Shell.RunAsync(new ShellCommand(program, arguments) { Timeout = TimeSpan.FromMinutes(1) });
            return result.StandardOutput;
        }
        catch (Toolkit.Errors.ExecutableNotFoundException ex)
        {
            throw new InvalidOperationException($"{program} is missing: tests/run.sh installs it (tests/infra/remote.sh install).", ex);
        }
    }

    /// <summary>Runs a tool whose failure is acceptable (removing what may already be gone); returns whether it succeeded.</summary>
    public static async Task<bool> TryRunAsync(string program, params string[] arguments)
    {
        var result = await Shell.RunAsync(new ShellCommand(program, arguments) { Timeout = TimeSpan.FromMinutes(1), ValidateExitCode = false, Capture = OutputCapture.None });
        return result.ExitCode == 0;
    }
}
