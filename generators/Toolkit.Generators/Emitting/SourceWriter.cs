using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Toolkit.Generators.Emitting;

/// <summary>
/// Builds generated C# with consistent indentation (four spaces) and <c>\n</c> line endings. It only appends
/// strings: format numbers with <see cref="Parsing.ConstantFormatter"/> (invariant culture), never with
/// <c>ToString()</c>, so the output does not depend on the machine's culture.
/// </summary>
/// <remarks>
/// Text is kept in 8K-character chunks and handed to Roslyn as a chunked <see cref="SourceText"/> by
/// <see cref="ToSourceText"/>: a generated file is often larger than the large-object-heap threshold, and building it as
/// one string would cost a gen-2 collection per file.
/// </remarks>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private const int ChunkSize = 8 * 1024;

    // Chunks are reused across files on the same thread: generated files are large, and the text is copied into the
    // SourceText anyway, so the writer's own storage would otherwise be garbage right after ToSourceText.
    [ThreadStatic]
    private static Stack<char[]>? s_pool;

    private readonly List<char[]> _full = new();
    // Empty until the first write: a chunk is rented only when there is text to hold.
    private char[] _chunk = [];
    private int _position;
    private int _indentation;
    private bool _atLineStart = true;

    /// <summary>The current indentation level.</summary>
    public int Indentation => _indentation;

    /// <summary>The number of characters written.</summary>
    public int Length => (_full.Count * ChunkSize) + _position;

    public SourceWriter Indent()
    {
        _indentation++;
        return this;
    }

    public SourceWriter Unindent()
    {
        if (_indentation > 0)
        {
            _indentation--;
        }

        return this;
    }

    /// <summary>Appends text; indents first when at the start of a line. Embedded newlines start new indented lines.</summary>
    public SourceWriter Write(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            if (end > start)
            {
                WriteIndentIfNeeded();
                Append(text, start, end - start);
            }

            if (newline < 0)
            {
                break;
            }

            Append('\n');
            _atLineStart = true;
            start = newline + 1;
        }

        return this;
    }

    /// <summary>Appends a line (indented unless empty).</summary>
    public SourceWriter WriteLine(string text)
    {
        Write(text);
        return WriteLine();
    }

    // Multi-part writes append each part in turn, so callers need not concatenate a temporary string per line.

    /// <summary>Appends the parts in order.</summary>
    public SourceWriter Write(params string[] parts)
    {
        foreach (var part in parts)
        {
            Write(part);
        }

        return this;
    }

    /// <summary>Appends the parts in order and ends the line.</summary>
    public SourceWriter WriteLine(string a, string b) => Write(a).Write(b).WriteLine();

    /// <summary>Appends the parts in order and ends the line.</summary>
    public SourceWriter WriteLine(string a, string b, string c) => Write(a).Write(b).Write(c).WriteLine();

    /// <summary>Appends the parts in order and ends the line.</summary>
    public SourceWriter WriteLine(string a, string b, string c, string d) => Write(a).Write(b).Write(c).Write(d).WriteLine();

    /// <summary>Appends the parts in order and ends the line.</summary>
    public SourceWriter WriteLine(string a, string b, string c, string d, string e) => Write(a).Write(b).Write(c).Write(d).Write(e).WriteLine();

    /// <summary>Appends the parts in order and ends the line.</summary>
    public SourceWriter WriteLine(string a, string b, string c, string d, string e, string f) => Write(a).Write(b).Write(c).Write(d).Write(e).Write(f).WriteLine();

    /// <summary>Appends the parts in order and ends the line.</summary>
    public SourceWriter WriteLine(params string[] parts) => Write(parts).WriteLine();

    /// <summary>Ends the current line, or writes an empty line.</summary>
    public SourceWriter WriteLine()
    {
        Append('\n');
        _atLineStart = true;
        return this;
    }

    /// <summary>Writes <c>{</c> on its own line and indents.</summary>
    public SourceWriter OpenBlock()
    {
        WriteLine("{");
        return Indent();
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/> (e.g. <c>;</c> or <c>)</c>).</summary>
    public SourceWriter CloseBlock(string suffix = "")
    {
        Unindent();
        return WriteLine("}" + suffix);
    }

    /// <summary>Writes <paramref name="header"/>, then a block whose body <paramref name="body"/> writes.</summary>
    public SourceWriter Block(string header, Action<SourceWriter> body, string suffix = "")
    {
        WriteLine(header);
        OpenBlock();
        body(this);
        return CloseBlock(suffix);
    }

    /// <summary>
    /// Writes a parameter or argument list wrapped one item per line, for signatures and calls too long for one:
    /// <paramref name="head"/> and <c>(</c>, each item one level deeper, comma-separated, then <c>)</c> and
    /// <paramref name="tail"/> (e.g. <c>;</c>) after the last item.
    /// </summary>
    public SourceWriter WriteWrapped(string head, IReadOnlyList<string> items, string tail = "")
    {
        if (items.Count == 0)
        {
            return WriteLine(head + "()" + tail);
        }

        WriteLine(head + "(");
        Indent();
        for (var i = 0; i < items.Count; i++)
        {
            WriteLine(items[i] + (i == items.Count - 1 ? ")" + tail : ","));
        }

        return Unindent();
    }

    /// <summary>Writes each line of <paramref name="lines"/> (split on <c>\n</c>) at the current indentation.</summary>
    public SourceWriter WriteLines(string lines)
    {
        foreach (var line in lines.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(line);
        }

        return this;
    }

    /// <summary>Writes a <c>///</c> summary; <paramref name="text"/> must already be XML-escaped (see <see cref="XmlText"/>).</summary>
    public SourceWriter WriteSummary(string text)
    {
        WriteLine("/// <summary>" + text + "</summary>");
        return this;
    }

    /// <summary>Escapes text for an XML documentation comment.</summary>
    public static string XmlText(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public override string ToString()
    {
        var builder = new StringBuilder(Length);
        foreach (var chunk in _full)
        {
            builder.Append(chunk);
        }

        builder.Append(_chunk, 0, _position);
        return builder.ToString();
    }

    /// <summary>
    /// The text as a <see cref="SourceText"/> (UTF-8, SHA-256 checksum), built from the chunks without one big string.
    /// The writer is left empty: its storage goes back to a pool for the next file.
    /// </summary>
    public SourceText ToSourceText()
    {
        var text = SourceText.From(new ChunkReader(this), Length, Encoding.UTF8, SourceHashAlgorithm.Sha256);
        var pool = s_pool ??= new Stack<char[]>();
        foreach (var chunk in _full)
        {
            pool.Push(chunk);
        }

        if (_chunk.Length != 0)
        {
            pool.Push(_chunk);
        }

        _full.Clear();
        _chunk = [];
        _position = 0;
        _atLineStart = true;
        return text;
    }

    private static char[] Rent()
        => s_pool is { Count: > 0 } pool ? pool.Pop() : new char[ChunkSize];

    private void WriteIndentIfNeeded()
    {
        if (!_atLineStart)
        {
            return;
        }

        for (var i = 0; i < _indentation; i++)
        {
            Append(IndentUnit, 0, IndentUnit.Length);
        }

        _atLineStart = false;
    }

    private void Append(char c)
    {
        if (_position == _chunk.Length)
        {
            NextChunk();
        }

        _chunk[_position++] = c;
    }

    private void Append(string text, int start, int count)
    {
        while (count > 0)
        {
            if (_position == _chunk.Length)
            {
                NextChunk();
            }

            var copied = Math.Min(count, ChunkSize - _position);
            text.CopyTo(start, _chunk, _position, copied);
            _position += copied;
            start += copied;
            count -= copied;
        }
    }

    private void NextChunk()
    {
        if (_chunk.Length != 0)
        {
            _full.Add(_chunk);
        }

        _chunk = Rent();
        _position = 0;
    }

    /// <summary>Reads a writer's chunks in order, for <see cref="SourceText.From(TextReader, int, Encoding, SourceHashAlgorithm)"/>.</summary>
    private sealed class ChunkReader : TextReader
    {
        private readonly SourceWriter _writer;
        private int _chunkIndex;
        private int _offset;

        public ChunkReader(SourceWriter writer)
        {
            _writer = writer;
        }

        public override int Peek()
        {
            var (chunk, length) = Current();
            return chunk is null ? -1 : _offset < length ? chunk[_offset] : -1;
        }

        public override int Read()
        {
            var (chunk, length) = Current();
            if (chunk is null || _offset >= length)
            {
                return -1;
            }

            var c = chunk[_offset++];
            Advance(length);
            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var total = 0;
            while (count > 0)
            {
                var (chunk, length) = Current();
                if (chunk is null || _offset >= length)
                {
                    break;
                }

                var copied = Math.Min(count, length - _offset);
                Array.Copy(chunk, _offset, buffer, index, copied);
                _offset += copied;
                index += copied;
                count -= copied;
                total += copied;
                Advance(length);
            }

            return total;
        }

        private (char[]? Chunk, int Length) Current()
            => _chunkIndex < _writer._full.Count
                ? (_writer._full[_chunkIndex], ChunkSize)
                : _chunkIndex == _writer._full.Count ? (_writer._chunk, _writer._position) : (null, 0);

        private void Advance(int length)
        {
            if (_offset == length && _chunkIndex < _writer._full.Count)
            {
                _chunkIndex++;
                _offset = 0;
            }
        }
    }
}
