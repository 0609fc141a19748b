namespace Toolkit.Docker.Containers;

/// <summary>Cuts a raw terminal stream, which arrives in arbitrary chunks, into lines (newline kept).</summary>
internal sealed class TerminalLineSplitter
{
    private readonly MemoryStream _pending = new();

    public IEnumerable<byte[]> Push(byte[] chunk)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            if (chunk[i] != (byte)'\n')
            {
                continue;
            }

            _pending.Write(chunk, start, i + 1 - start);
            lines.Add(_pending.ToArray());
            _pending.SetLength(0);
            start = i + 1;
        }

        _pending.Write(chunk, start, chunk.Length - start);
        return lines;
    }

    /// <summary>The unterminated last line, if any.</summary>
    public byte[]? Flush() => _pending.Length == 0 ? null : _pending.ToArray();
}
