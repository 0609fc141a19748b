using System.Diagnostics;

namespace Toolkit.Benchmarks.Files;

/// <summary>Runs a command-line tool (sha256sum, cp, find) to completion, draining its output, as a shell script would.</summary>
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
