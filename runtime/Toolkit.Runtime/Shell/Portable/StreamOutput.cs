using Toolkit.Shell.Execution;

namespace Toolkit.Shell.Portable;

/// <summary>A child's output pipe read through the <see cref="Stream"/> that <see cref="System.Diagnostics.Process"/> provides.</summary>
internal sealed class StreamOutput(Stream stream) : ChildOutput
{
    private readonly CancellationTokenSource _abandon = new();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer)
    {
        try
        {
            // Anonymous pipe streams on Unix read on a blocked thread-pool thread and may ignore the token;
            // the runner then stops waiting for this read, and the read ends when the pipe closes.
            return await stream.ReadAsync(buffer, _abandon.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            return 0;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    public override void Abandon() => _abandon.Cancel();

    public override void Dispose()
    {
        // The token source is not disposed: it has no timer, and Abandon may still be called after Dispose.
        _abandon.Cancel();
        stream.Dispose();
    }
}
