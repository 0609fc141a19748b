using System.Buffers;
using System.Text;
using System.Threading.Channels;

namespace Toolkit.Shell.Output;

/// <summary>
/// Decodes bytes incrementally (a character split between two reads is kept whole), splits them into lines at
/// <c>\n</c> (dropping a <c>\r</c> before it), and queues each line as an <see cref="OutputLine"/>. A line
/// longer than the limit is delivered in pieces, so a process that never writes a newline cannot exhaust memory.
/// </summary>
internal sealed class LineSink : OutputSink
{
    private readonly OutputSource _source;
    private readonly ChannelWriter<CommandEvent> _events;
    private readonly CancellationToken _cancellationToken;
    private readonly Decoder _decoder;
    private readonly Encoding _encoding;
    private readonly int _maxLineLength;
    private readonly StringBuilder _pending = new();
    private char[] _chars = [];

    public LineSink(OutputSource source, Encoding encoding, int maxLineLength, ChannelWriter<CommandEvent> events, CancellationToken cancellationToken)
    {
        _source = source;
        _events = events;
        _cancellationToken = cancellationToken;
        _encoding = encoding;
        _decoder = encoding.GetDecoder();
        _maxLineLength = maxLineLength;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        var needed = _encoding.GetMaxCharCount(data.Length);
        if (_chars.Length < needed)
        {
            if (_chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chars);
            }

            _chars = ArrayPool<char>.Shared.Rent(needed);
        }

        var count = _decoder.GetChars(data.Span, _chars, flush: false);
        await EmitAsync(count).ConfigureAwait(false);
    }

    public override async ValueTask CompleteAsync()
    {
        if (_chars.Length < 16)
        {
            _chars = ArrayPool<char>.Shared.Rent(16);
        }

        var count = _decoder.GetChars([], _chars, flush: true);
        await EmitAsync(count).ConfigureAwait(false);
        if (_pending.Length > 0)
        {
            await SendAsync(_pending.ToString()).ConfigureAwait(false);
            _pending.Clear();
        }

        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }

    private async ValueTask EmitAsync(int count)
    {
        var start = 0;
        while (start < count)
        {
            var newline = Array.IndexOf(_chars, '\n', start, count - start);
            var end = newline < 0 ? count : newline;

            // Fill the pending line up to the limit; a full line is sent in pieces.
            var take = end - start;
            while (_pending.Length + take > _maxLineLength)
            {
                var room = _maxLineLength - _pending.Length;
                _pending.Append(_chars, start, room);
                start += room;
                take -= room;
                await SendAsync(_pending.ToString()).ConfigureAwait(false);
                _pending.Clear();
            }

            _pending.Append(_chars, start, take);
            if (newline < 0)
            {
                return;
            }

            if (_pending.Length > 0 && _pending[^1] == '\r')
            {
                _pending.Length--;
            }

            await SendAsync(_pending.ToString()).ConfigureAwait(false);
            _pending.Clear();
            start = newline + 1;
        }
    }

    private ValueTask SendAsync(string line) => _events.WriteAsync(new OutputLine(_source, line), _cancellationToken);
}
