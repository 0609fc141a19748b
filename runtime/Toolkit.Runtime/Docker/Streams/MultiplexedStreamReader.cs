using System.Buffers.Binary;
using System.Globalization;
using Toolkit.Errors;

namespace Toolkit.Docker.Streams;

/// <summary>
/// Reads the engine's output stream of a container or exec. Without a TTY the engine multiplexes
/// standard output and standard error into frames, each behind an 8-byte header
/// (<c>[kind, 0, 0, 0, size as big-endian uint32]</c>); with a TTY the stream is raw terminal output.
/// Reads tolerate any split: a header or a payload may arrive over many socket reads.
/// </summary>
internal sealed class MultiplexedStreamReader
{
    private const int HeaderSize = 8;

    private readonly Stream _stream;
    private readonly bool _raw;
    private readonly string _operation;
    private readonly byte[] _header = new byte[HeaderSize];
    private int _remaining;
    private DockerStreamKind _current;

    public MultiplexedStreamReader(Stream stream, bool raw, string operation)
    {
        _stream = stream;
        _raw = raw;
        _operation = operation;
    }

    /// <summary>
    /// Reads the next piece of output into <paramref name="buffer"/>, never across a frame boundary.
    /// </summary>
    /// <returns>Which stream it belongs to and how many bytes were read; 0 bytes at the end of the stream.</returns>
    public async ValueTask<(DockerStreamKind Kind, int Count)> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_raw)
        {
            return (DockerStreamKind.Console, await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }

        while (_remaining == 0)
        {
            if (!await ReadHeaderAsync(cancellationToken).ConfigureAwait(false))
            {
                return (default, 0);
            }
        }

        var read = await _stream.ReadAsync(buffer[..Math.Min(buffer.Length, _remaining)], cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw Truncated();
        }

        _remaining -= read;
        return (_current, read);
    }

    /// <summary>Reads one whole frame (for a TTY stream: whatever one read returns).</summary>
    /// <returns>The frame, or <see langword="null"/> at the end of the stream.</returns>
    public async ValueTask<(DockerStreamKind Kind, byte[] Payload)?> ReadFrameAsync(int maxFrameBytes, CancellationToken cancellationToken)
    {
        if (_raw)
        {
            var chunk = new byte[16 * 1024];
            var count = await _stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            return count == 0 ? null : (DockerStreamKind.Console, chunk.AsSpan(0, count).ToArray());
        }

        if (!await ReadHeaderAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (_remaining > maxFrameBytes)
        {
            throw new DockerEngineException(200, $"the engine sent a {_remaining}-byte output frame, more than the {maxFrameBytes} bytes a frame may have; the stream is probably not multiplexed", _operation, isRetryable: false);
        }

        var payload = new byte[_remaining];
        var read = await _stream.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read < payload.Length)
        {
            throw Truncated();
        }

        _remaining = 0;
        return (_current, payload);
    }

    private async ValueTask<bool> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var read = await _stream.ReadAtLeastAsync(_header, HeaderSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return false;
        }

        if (read < HeaderSize)
        {
            throw Truncated();
        }

        var size = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(4));
        if (size > int.MaxValue)
        {
            throw new DockerEngineException(200, string.Create(CultureInfo.InvariantCulture, $"the engine sent an output frame of {size} bytes; the stream is not a multiplexed Docker stream"), _operation, isRetryable: false);
        }

        _current = _header[0] switch
        {
            0 => DockerStreamKind.StandardInput,
            1 => DockerStreamKind.StandardOutput,
            2 => DockerStreamKind.StandardError,
            3 => await ThrowEngineErrorAsync((int)size, cancellationToken).ConfigureAwait(false),
            var other => throw new DockerEngineException(200, string.Create(CultureInfo.InvariantCulture, $"the engine sent an output frame of unknown kind {other}; the stream is not a multiplexed Docker stream (was the container created with a TTY?)"), _operation, isRetryable: false),
        };
        _remaining = (int)size;
        return true;
    }

    private async ValueTask<DockerStreamKind> ThrowEngineErrorAsync(int size, CancellationToken cancellationToken)
    {
        // Kind 3 is the engine reporting an error of its own at the end of the stream.
        var message = new byte[Math.Min(size, 64 * 1024)];
        var read = await _stream.ReadAtLeastAsync(message, message.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        throw new DockerEngineException(200, System.Text.Encoding.UTF8.GetString(message, 0, read).Trim(), _operation, isRetryable: false);
    }

    private EndOfStreamException Truncated() =>
        new($"The engine's output stream for {_operation} ended in the middle of a frame; the connection was cut.");
}
