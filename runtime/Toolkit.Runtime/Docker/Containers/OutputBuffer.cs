namespace Toolkit.Docker.Containers;

/// <summary>Collects one output stream up to a cap; what goes beyond is counted as dropped, never buffered.</summary>
internal sealed class OutputBuffer(int limit)
{
    private byte[] _buffer = [];
    private int _length;

    public bool Truncated { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        var room = limit - _length;
        if (data.Length > room)
        {
            Truncated = true;
            data = data[..Math.Max(room, 0)];
        }

        if (data.IsEmpty)
        {
            return;
        }

        if (_length + data.Length > _buffer.Length)
        {
            var grown = new byte[Math.Min(limit, Math.Max(_length + data.Length, Math.Max(4096, _buffer.Length * 2)))];
            _buffer.AsSpan(0, _length).CopyTo(grown);
            _buffer = grown;
        }

        data.CopyTo(_buffer.AsSpan(_length));
        _length += data.Length;
    }

    public ReadOnlyMemory<byte> ToMemory() => _buffer.AsMemory(0, _length);
}
