using System.Net;
using System.Net.Http.Headers;

namespace Toolkit.Docker.Transport;

/// <summary>
/// A request body written by a producer while it is sent (a tar of a directory, a caller's stream), so
/// nothing is buffered whole; the length is unknown, so it goes out with chunked transfer encoding.
/// A failure of the producer itself (an unreadable file) is kept so it can be reported as what it is,
/// not as the transport error HttpClient wraps it in.
/// </summary>
internal sealed class StreamingContent : HttpContent
{
    private readonly Func<Stream, CancellationToken, Task> _produce;

    public StreamingContent(string mediaType, Func<Stream, CancellationToken, Task> produce)
    {
        _produce = produce;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    /// <summary>The exception the producer threw, if it failed.</summary>
    public Exception? ProducerFailure { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await _produce(new ProducerStream(stream), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ex is not TransportWriteException)
        {
            ProducerFailure = ex;
            throw;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    /// <summary>Marks failures that happened writing to the connection, so they are not mistaken for producer failures.</summary>
    private sealed class TransportWriteException(Exception inner) : IOException(inner.Message, inner);

    /// <summary>Wraps the connection stream so write failures are told apart from the producer's own.</summary>
    private sealed class ProducerStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                throw new TransportWriteException(ex);
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
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                throw new TransportWriteException(ex);
            }
        }

        // Dispose is deliberately not forwarded: the connection stream belongs to HttpClient, and a
        // producer that disposes what it writes to (TarWriter without leaveOpen) must not close it.
    }
}
