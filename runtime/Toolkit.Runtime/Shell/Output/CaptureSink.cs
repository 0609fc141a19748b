using System.Buffers;
using System.Text;

namespace Toolkit.Shell.Output;

/// <summary>
/// Keeps up to a limit of bytes in growing segments (no large copy while output arrives), and drops the rest
/// while still reading it, so a chatty process is never blocked and memory stays bounded.
/// </summary>
internal sealed class CaptureSink(int limit) : OutputSink
{
    private const int FirstSegmentSize = 16 * 1024;
    private const int LargestSegmentSize = 1024 * 1024;

    private readonly List<byte[]> _segments = [];
    private int _lastSegmentUsed;
    private int _length;

    /// <summary>Whether output went past the limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>How many bytes are kept.</summary>
    public int Length => _length;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        var room = limit - _length;
        if (span.Length > room)
        {
            Truncated = true;
            span = span[..room];
        }

        while (!span.IsEmpty)
        {
            if (_segments.Count == 0 || _lastSegmentUsed == _segments[^1].Length)
            {
                var size = _segments.Count == 0 ? FirstSegmentSize : Math.Min(_segments[^1].Length * 2, LargestSegmentSize);
                _segments.Add(ArrayPool<byte>.Shared.Rent(size));
                _lastSegmentUsed = 0;
            }

            var segment = _segments[^1];
            var count = Math.Min(span.Length, segment.Length - _lastSegmentUsed);
            span[..count].CopyTo(segment.AsSpan(_lastSegmentUsed));
            _lastSegmentUsed += count;
            _length += count;
            span = span[count..];
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The kept bytes as one array; releases the segments.</summary>
    public byte[] TakeBytes()
    {
        var result = _length == 0 ? [] : GC.AllocateUninitializedArray<byte>(_length);
        var offset = 0;
        foreach (var (segment, used) in Segments())
        {
            segment.AsSpan(0, used).CopyTo(result.AsSpan(offset));
            offset += used;
        }

        Release();
        return result;
    }

    /// <summary>
    /// The kept bytes decoded as text, straight from the segments (no intermediate byte array); releases the segments.
    /// When the limit cut a UTF-8 character in half, the partial character is left out rather than shown as U+FFFD.
    /// </summary>
    public string TakeText(Encoding encoding)
    {
        if (_length == 0)
        {
            Release();
            return string.Empty;
        }

        if (Truncated && encoding is UTF8Encoding)
        {
            DropIncompleteUtf8Tail();
        }

        var decoder = encoding.GetDecoder();
        var charCount = 0;
        var segments = Segments().ToArray();
        for (var i = 0; i < segments.Length; i++)
        {
            charCount += decoder.GetCharCount(segments[i].Segment.AsSpan(0, segments[i].Used), flush: i == segments.Length - 1);
        }

        decoder.Reset();
        var text = string.Create(charCount, (segments, decoder), static (chars, state) =>
        {
            var (parts, decoder) = state;
            for (var i = 0; i < parts.Length; i++)
            {
                var written = decoder.GetChars(parts[i].Segment.AsSpan(0, parts[i].Used), chars, flush: i == parts.Length - 1);
                chars = chars[written..];
            }
        });

        Release();
        return text;
    }

    private IEnumerable<(byte[] Segment, int Used)> Segments()
    {
        for (var i = 0; i < _segments.Count; i++)
        {
            yield return (_segments[i], i == _segments.Count - 1 ? _lastSegmentUsed : _segments[i].Length);
        }
    }

    private void DropIncompleteUtf8Tail()
    {
        // Look back over at most 3 continuation bytes for the lead byte of the last character.
        var last = _segments[^1];
        var end = _lastSegmentUsed;
        var back = 0;
        while (back < 3 && end - back - 1 >= 0 && (last[end - back - 1] & 0xC0) == 0x80)
        {
            back++;
        }

        if (end - back - 1 < 0)
        {
            return;
        }

        var lead = last[end - back - 1];
        var needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (needed > back + 1)
        {
            _lastSegmentUsed -= back + 1;
            _length -= back + 1;
        }
    }

    private void Release()
    {
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        _segments.Clear();
        _lastSegmentUsed = 0;
        _length = 0;
    }
}
