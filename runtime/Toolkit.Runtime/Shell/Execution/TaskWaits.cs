namespace Toolkit.Shell.Execution;

/// <summary>Bounded waits on tasks that must not throw when the bound passes.</summary>
internal static class TaskWaits
{
    /// <summary>Waits for <paramref name="task"/> at most <paramref name="timeout"/>; <see langword="true"/> when it completed.</summary>
    public static async ValueTask<bool> CompletesWithinAsync(this Task task, TimeSpan timeout)
    {
        if (task.IsCompleted)
        {
            return true;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return false;
        }

        using var delayCancellation = new CancellationTokenSource();
        var delay = Task.Delay(timeout, delayCancellation.Token);
        var first = await Task.WhenAny(task, delay).ConfigureAwait(false);
        await delayCancellation.CancelAsync().ConfigureAwait(false);
        return first == task;
    }
}
