using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Toolkit.Shell;

namespace Toolkit.Benchmarks.Shell;

/// <summary>
/// The cost of running <c>true</c>: the shell driver against raw <see cref="Process"/>. Target: the driver's
/// default run within 1.1x of <c>Process.Start</c> + <c>WaitForExitAsync</c>.
/// </summary>
[MemoryDiagnoser]
public class ShellStartBenchmarks
{
    private readonly ShellDriver _shell = new();
    private readonly ShellCommand _true = new("true");
    private readonly ShellCommand _trueQuiet = new("true") { Capture = OutputCapture.None };
    private readonly ProcessStartInfo _raw = new("true") { UseShellExecute = false };
    private readonly ProcessStartInfo _redirected = new("true") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };

    /// <summary>The bare minimum: start, wait, no pipes at all (the child inherits this process's stdio).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Process_Start_WaitForExitAsync()
    {
        using var process = Process.Start(_raw)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>What capturing output costs with Process: both streams redirected and read to the end.</summary>
    [Benchmark]
    public async Task<int> Process_Start_redirected_ReadToEnd()
    {
        using var process = Process.Start(_redirected)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.WhenAll(stdout, stderr);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>The driver's default: stdout and stderr captured as text, exit code checked, process group cleaned up.</summary>
    [Benchmark]
    public async Task<int> ShellDriver_RunAsync() => (await _shell.RunAsync(_true)).ExitCode;

    /// <summary>Quiet mode: stdout goes to /dev/null, only a stderr tail is kept.</summary>
    [Benchmark]
    public async Task<int> ShellDriver_RunAsync_quiet() => (await _shell.RunAsync(_trueQuiet)).ExitCode;
}
