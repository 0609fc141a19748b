using System.Collections;
using System.Globalization;
using System.Text;

namespace Toolkit.Mocking;

/// <summary>Writes argument values for failure messages: strings quoted, collections listed, numbers invariant.</summary>
public static class ArgumentFormatter
{
    private const int MaxStringLength = 120;
    private const int MaxItems = 10;

    /// <summary>A short, unambiguous rendering of <paramref name="value"/>.</summary>
    /// <typeparam name="T">The static type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>"ls"</c>, <c>'x'</c>, <c>42</c>, <c>null</c>, <c>[1, 2, 3]</c>.</returns>
    public static string Format<T>(T value) => FormatObject(value, depth: 0);

    private static string FormatObject(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return Quote(text);
            case char c:
                return "'" + Escape(c.ToString(), '\'') + "'";
            case bool b:
                return b ? "true" : "false";
            case Type type:
                return "typeof(" + type.Name + ")";
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable sequence when depth < 2:
                return FormatSequence(sequence, depth);
        }

        try
        {
            return value.ToString() ?? value.GetType().Name;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return "<" + value.GetType().Name + ": ToString threw " + exception.GetType().Name + ">";
        }
    }

    private static string FormatSequence(IEnumerable sequence, int depth)
    {
        var builder = new StringBuilder("[");
        var count = 0;
        foreach (var item in sequence)
        {
            if (count == MaxItems)
            {
                builder.Append(", …");
                break;
            }

            if (count > 0)
            {
                builder.Append(", ");
            }

            builder.Append(FormatObject(item, depth + 1));
            count++;
        }

        return builder.Append(']').ToString();
    }

    private static string Quote(string text)
    {
        var shown = text.Length > MaxStringLength ? text.Substring(0, MaxStringLength) : text;
        var quoted = "\"" + Escape(shown, '"') + "\"";
        return text.Length > MaxStringLength ? quoted + "… (" + text.Length.ToString(CultureInfo.InvariantCulture) + " chars)" : quoted;
    }

    private static string Escape(string text, char quote)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (c == quote)
                    {
                        builder.Append('\\').Append(c);
                    }
                    else if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
