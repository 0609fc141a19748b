namespace Toolkit.Docker.Transport;

/// <summary>
/// A TLS connection to an engine that reports a failure of its first exchange as a certificate problem: with TLS 1.3
/// the engine says it refuses the client (no certificate, or one it does not trust) only after the handshake, as an
/// alert or a reset on the first read or write. Once the engine has answered anything, failures pass through as they are.
/// </summary>
internal sealed class TlsConnectionStream(Stream inner, Func<Exception, Exception> firstExchangeFailure) : Stream
{
    private volatile bool _answered;

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Answered(inner.Read(buffer), buffer.Length);
        }
        catch (IOException ex) when (!_answered)
        {
            throw firstExchangeFailure(ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Answered(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);
        }
        catch (IOException ex) when (!_answered)
        {
            throw firstExchangeFailure(ex);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex) when (!_answered)
        {
            throw firstExchangeFailure(ex);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (!_answered)
        {
            throw firstExchangeFailure(ex);
        }
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Answered(int read, int requested)
    {
        if (read > 0)
        {
            _answered = true;
        }
        else if (requested > 0 && !_answered)
        {
            // Closed before a single byte of an answer: the engine hung up on this client.
            throw firstExchangeFailure(new IOException("The engine closed the connection before answering."));
        }

        return read;
    }
}
