using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Toolkit.Generators.Emitting;

/// <summary>
/// Builds generated C# with consistent indentation (four spaces) and <c>\n</c> line endings. It only appends
/// strings: format numbers with <see cref="Parsing.ConstantFormatter"/> (invariant culture), never with
/// <c>ToString()</c>, so the output does not depend on the machine's culture.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder;
    private int _indentation;
    private bool _atLineStart = true;

    public SourceWriter(int capacity = 8 * 1024)
    {
        _builder = new StringBuilder(capacity);
    }

    /// <summary>The current indentation level.</summary>
    public int Indentation => _indentation;

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
                _builder.Append(text, start, end - start);
            }

            if (newline < 0)
            {
                break;
            }

            _builder.Append('\n');
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

    /// <summary>Ends the current line, or writes an empty line.</summary>
    public SourceWriter WriteLine()
    {
        _builder.Append('\n');
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

    public override string ToString() => _builder.ToString();

    public SourceText ToSourceText() => SourceText.From(_builder.ToString(), Encoding.UTF8);

    private void WriteIndentIfNeeded()
    {
        if (!_atLineStart)
        {
            return;
        }

        for (var i = 0; i < _indentation; i++)
        {
            _builder.Append(IndentUnit);
        }

        _atLineStart = false;
    }
}
