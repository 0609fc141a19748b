using System.Diagnostics;

namespace Toolkit.Benchmarks;

/// <summary>
/// Runs a command-line tool (sha256sum, cp, find, docker) to completion, draining its output, as a shell script would.
/// A non-zero exit fails the benchmark, so a failing tool is never timed as a fast one.
/// </summary>
internal static class ExternalTool
{
    public static async Task<long> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = await process.StandardOutput.BaseStream.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? bytes : throw new InvalidOperationException($"{program} exited with {process.ExitCode}.");
    }
}
