using System.IO.Pipelines;
using System.Text;
using Toolkit.Errors;
using Toolkit.Shell;

namespace Toolkit.Docker.Transport;

/// <summary>
/// One engine connection over ssh: the standard input and output of <c>ssh … docker system dial-stdio</c>, run through
/// the shell driver (so ssh is always stopped and reaped, with anything it started), as one duplex stream. Writes go
/// to ssh's input, reads come from its output. When ssh fails, reads end with an <see cref="SshConnectionException"/>
/// holding what it wrote to standard error; disposing the stream ends ssh.
/// </summary>
internal sealed class SshStream : Stream
{
    private const int StandardErrorLimit = 4096;

    private readonly Pipe _toRemote = new(new PipeOptions(useSynchronizationContext: false));
    private readonly Pipe _fromRemote = new(new PipeOptions(useSynchronizationContext: false));
    private readonly Stream _output;
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _standardError = new();
    private readonly Task _pump;
    private int _disposed;
    private volatile bool _received;
    private volatile bool _exited;

    private SshStream(IShellDriver shell, ShellCommand command)
    {
        _output = _fromRemote.Reader.AsStream();
        var withInput = command with { StandardInput = CommandInput.FromStream(_toRemote.Reader.AsStream()) };
        _pump = Task.Run(() => PumpAsync(shell, withInput));
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Starts ssh. It logs in while the first request is written, so failures surface on the first read.</summary>
    public static Stream Open(IShellDriver shell, ShellCommand command) => new SshStream(shell, command);

    public override int Read(byte[] buffer, int offset, int count) => _output.Read(buffer, offset, count);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _output.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _output.ReadAsync(buffer, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_exited)
        {
            var result = await _toRemote.Writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (!result.IsCompleted && !result.IsCanceled && !_exited)
            {
                return;
            }
        }

        // The failure itself (why ssh ended) is what reads report; a write only needs to stop.
        throw new IOException("The ssh connection to the engine has closed: ssh has exited.");
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Ends the input side only (ssh's standard input reaches end-of-file); replies can still be read.</summary>
    public ValueTask CompleteWritesAsync() => _toRemote.Writer.CompleteAsync();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _toRemote.Writer.CompleteAsync().ConfigureAwait(false);
        await _output.DisposeAsync().ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        _stop.Dispose();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // No waiting here: the shell driver stops ssh (SIGTERM, then SIGKILL) and reaps it in the background.
            _toRemote.Writer.Complete();
            _output.Dispose();
            _stop.Cancel();
            _pump.ContinueWith(static (_, state) => ((CancellationTokenSource)state!).Dispose(), _stop, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        base.Dispose(disposing);
    }

    private async Task PumpAsync(IShellDriver shell, ShellCommand command)
    {
        Exception? failure = null;
        try
        {
            await foreach (var item in shell.StreamChunksAsync(command, _stop.Token).ConfigureAwait(false))
            {
                switch (item)
                {
                    case OutputChunk { Source: OutputSource.StandardOutput } chunk:
                        _received = true;
                        var flushed = await _fromRemote.Writer.WriteAsync(chunk.Data, _stop.Token).ConfigureAwait(false);
                        if (flushed.IsCompleted)
                        {
                            // Nobody reads any more: the connection is being disposed.
                            return;
                        }

                        break;
                    case OutputChunk chunk:
                        RememberStandardError(chunk.Data.Span);
                        break;
                    case CommandExited { Result.ExitCode: not 0 } exited:
                        failure = new SshConnectionException(exited.Result.ExitCode, StandardErrorText(), _received);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: ssh was stopped on purpose.
        }
        catch (DriverException ex)
        {
            // ssh could not be started (not installed, not executable).
            failure = new SshConnectionException(null, ex.Message, receivedData: false, ex);
        }
        finally
        {
            // Writes blocked on a full pipe must not wait for an ssh that is gone.
            _exited = true;
            _toRemote.Writer.CancelPendingFlush();
            await _fromRemote.Writer.CompleteAsync(failure).ConfigureAwait(false);
        }
    }

    private void RememberStandardError(ReadOnlySpan<byte> data)
    {
        lock (_standardError)
        {
            _standardError.Append(Encoding.UTF8.GetString(data));
            if (_standardError.Length > StandardErrorLimit)
            {
                _standardError.Remove(0, _standardError.Length - StandardErrorLimit);
            }
        }
    }

    private string StandardErrorText()
    {
        lock (_standardError)
        {
            var text = _standardError.ToString().Trim();
            return text.Length == 0 ? "(nothing on standard error)" : text;
        }
    }
}
