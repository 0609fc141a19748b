using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Portable;

/// <summary>A child's standard input written through the <see cref="Stream"/> that <see cref="System.Diagnostics.Process"/> provides.</summary>
internal sealed class StreamInputPipe(Stream stream) : ChildInput
{
    private readonly CancellationTokenSource _abandon = new();
    private int _disposed;

    public override async ValueTask<bool> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abandon.Token);
        try
        {
            await stream.WriteAsync(data, linked.Token).ConfigureAwait(false);
            await stream.FlushAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (IOException)
        {
            // EPIPE (Unix) or ERROR_NO_DATA (Windows): the process closed its end.
            return false;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public override void Abandon() => _abandon.Cancel();

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _abandon.Cancel();
            try
            {
                stream.Dispose();
            }
            catch (IOException)
            {
                // Flushing into a pipe whose reader is gone.
            }

            // The token source is not disposed: it has no timer, and Abandon may still be called after Dispose.
        }
    }
}
