using System.Diagnostics;
using System.Text;

namespace Toolkit.Files.Tests.Support;

/// <summary>Runs a real program (bash, sha256sum, mount…) to completion and returns its output.</summary>
public static class ExternalProcess
{
    public static async Task<(int ExitCode, byte[] Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, string? stdin = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.WhenAll(copy, stderr, process.WaitForExitAsync());
        return (process.ExitCode, stdout.ToArray(), await stderr);
    }

    /// <summary>Runs a command that must succeed and returns its standard output as text.</summary>
    public static async Task<string> RunCheckedAsync(string program, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await RunAsync(program, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {exitCode}: {stderr}");
        }

        return Encoding.UTF8.GetString(stdout);
    }
}
