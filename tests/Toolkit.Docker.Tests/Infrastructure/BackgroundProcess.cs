using Toolkit.Shell;

namespace Toolkit.Docker.Tests;

/// <summary>
/// A daemon the tests start (a registry, a second dockerd, sshd), run in the foreground through the shell driver so
/// that disposing it stops the daemon and everything it started (SIGTERM to its process group, then SIGKILL) and
/// reaps it. Its output is kept, to say why it failed when it does not come up.
/// </summary>
internal sealed class BackgroundProcess : IAsyncDisposable
{
    private readonly string _name;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<CommandResult> _run;

    private BackgroundProcess(string name, ShellCommand command)
    {
        _name = name;
        _run = Task.Run(() => new ShellDriver().RunAsync(command with { Capture = OutputCapture.Text, MaxCapturedBytes = 1024 * 1024, ValidateExitCode = false }, _stop.Token));
    }

    public static BackgroundProcess Start(string name, ShellCommand command) => new(name, command);

    /// <summary>Waits until <paramref name="isReady"/> answers true; fails with the daemon's output if it exits or never gets ready.</summary>
    public async Task WaitUntilReadyAsync(Func<CancellationToken, Task<bool>> isReady, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!timeout.IsCancellationRequested)
        {
            if (_run.IsCompleted)
            {
                var result = await _run;
                throw new InvalidOperationException($"{_name} exited with code {result.ExitCode} before it was ready:\n{result.StandardOutput}{result.StandardError}");
            }

            try
            {
                if (await isReady(timeout.Token))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !timeout.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new InvalidOperationException($"{_name} was not ready within {limit.TotalSeconds} s.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _run;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }
}
