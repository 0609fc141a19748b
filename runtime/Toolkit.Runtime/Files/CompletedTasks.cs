namespace Toolkit.Files;

/// <summary>
/// Runs a short synchronous file system call (a stat, a mkdir, an unlink) and reports its outcome as a
/// task, so failures surface when the task is awaited, as for the driver's truly asynchronous methods.
/// Such calls take microseconds; offloading them to the thread pool would cost more than they do.
/// </summary>
internal static class CompletedTasks
{
    public static Task Run(Action action)
    {
        try
        {
            action();
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Fail<bool>(exception);
        }
    }

    public static Task<T> Run<T>(Func<T> action)
    {
        try
        {
            return Task.FromResult(action());
        }
        catch (Exception exception)
        {
            return Fail<T>(exception);
        }
    }

    private static Task<T> Fail<T>(Exception exception)
    {
        var completion = new TaskCompletionSource<T>();
        if (exception is OperationCanceledException canceled)
        {
            completion.SetCanceled(canceled.CancellationToken);
        }
        else
        {
            completion.SetException(exception);
        }

        return completion.Task;
    }
}
