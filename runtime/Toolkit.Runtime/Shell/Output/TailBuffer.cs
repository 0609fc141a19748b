using System.Text;

namespace Toolkit.Shell.Output;

/// <summary>
/// The last few KiB of standard error, kept in every output mode (even quiet and streaming) so that a
/// <see cref="Toolkit.Errors.CommandFailedException"/> can quote what the program said before it failed.
/// </summary>
internal sealed class TailBuffer
{
    /// <summary>How much of standard error an error message quotes.</summary>
    public const int DefaultCapacity = 4096;

    private readonly int _capacity;
    private byte[] _ring = [];
    private long _total;

    public TailBuffer(int capacity = DefaultCapacity) => _capacity = capacity;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        if (_ring.Length == 0)
        {
            // Most successful commands write nothing to stderr: allocate only when something arrives.
            _ring = new byte[_capacity];
        }
        if (data.Length >= _ring.Length)
        {
            data[^_ring.Length..].CopyTo(_ring);
            _total += data.Length;
            // Keep the ring's logical start at index 0 by pretending the total is a multiple of the capacity.
            _total += (_ring.Length - (_total % _ring.Length)) % _ring.Length;
            return;
        }

        var start = (int)(_total % _ring.Length);
        var first = Math.Min(data.Length, _ring.Length - start);
        data[..first].CopyTo(_ring.AsSpan(start));
        data[first..].CopyTo(_ring);
        _total += data.Length;
    }

    /// <summary>The tail as text, starting at a line boundary when the beginning was cut off.</summary>
    public string ToText(Encoding encoding)
    {
        if (_total == 0)
        {
            return string.Empty;
        }

        byte[] bytes;
        if (_total <= _ring.Length)
        {
            bytes = _ring.AsSpan(0, (int)_total).ToArray();
        }
        else
        {
            var start = (int)(_total % _ring.Length);
            bytes = [.. _ring.AsSpan(start), .. _ring.AsSpan(0, start)];
        }

        var text = bytes.AsSpan();
        var cut = _total > _ring.Length;
        if (cut)
        {
            // Skip the partial line (and any partial character) the ring started in, unless that loses too much.
            var newline = text.IndexOf((byte)'\n');
            if (newline >= 0 && newline < text.Length / 2)
            {
                text = text[(newline + 1)..];
            }
            else
            {
                while (!text.IsEmpty && (text[0] & 0xC0) == 0x80)
                {
                    text = text[1..];
                }
            }
        }

        var decoded = encoding.GetString(text).TrimEnd();
        return cut ? "…" + decoded : decoded;
    }
}
