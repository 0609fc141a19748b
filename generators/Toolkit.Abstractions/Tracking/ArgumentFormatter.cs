using System.Collections;
using System.Globalization;
using System.Text;

namespace Toolkit.Tracking;

/// <summary>
/// Renders argument values for log lines and span tags: short, culture-invariant, and never throwing,
/// because tracking must not change the outcome of the call it observes.
/// </summary>
internal static class ArgumentFormatter
{
    // Arguments can be whole file contents or long command lines; logs and spans want a glimpse, not a copy.
    internal const int MaxStringLength = 256;
    internal const int MaxItems = 16;
    private const int MaxDepth = 3;

    public static string FormatList(string[] names, object?[] values)
    {
        if (names.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (int i = 0; i < names.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(names[i]).Append(": ");
            Append(builder, values[i], depth: 0);
        }

        return builder.ToString();
    }

    public static string Format(object? value)
    {
        if (value is ArgumentText text)
        {
            return text.Text;
        }

        var builder = new StringBuilder();
        Append(builder, value, depth: 0);
        return builder.ToString();
    }

    public static string Truncate(string value)
        => value.Length <= MaxStringLength ? value : string.Concat(value.AsSpan(0, MaxStringLength), "…(", value.Length.ToString(CultureInfo.InvariantCulture), " chars)");

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        try
        {
            switch (value)
            {
                case null:
                    builder.Append("null");
                    return;
                case ArgumentText text:
                    builder.Append(text.Text);
                    return;
                case string s:
                    AppendQuoted(builder, s);
                    return;
                case bool b:
                    builder.Append(b ? "true" : "false");
                    return;
                case char c:
                    builder.Append('\'').Append(c).Append('\'');
                    return;
                case byte[] bytes:
                    builder.Append("byte[").Append(bytes.Length).Append(']');
                    return;
                case ReadOnlyMemory<byte> memory:
                    builder.Append("ReadOnlyMemory<byte>[").Append(memory.Length).Append(']');
                    return;
                case Memory<byte> memory:
                    builder.Append("Memory<byte>[").Append(memory.Length).Append(']');
                    return;
                case CancellationToken token:
                    builder.Append(token.CanBeCanceled ? "CancellationToken" : "CancellationToken.None");
                    return;
                case Type type:
                    builder.Append(type.FullName ?? type.Name);
                    return;
                case IFormattable formattable:
                    builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                    return;
                case IEnumerable items when depth < MaxDepth:
                    AppendItems(builder, items, depth);
                    return;
                default:
                    builder.Append(value.ToString());
                    return;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A user's ToString or enumerator threw: show the type, keep the call untouched.
            builder.Append('<').Append(value!.GetType().Name).Append('>');
        }
    }

    private static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        if (value.Length <= MaxStringLength)
        {
            builder.Append(value);
            builder.Append('"');
        }
        else
        {
            builder.Append(value, 0, MaxStringLength);
            builder.Append("\"…(").Append(value.Length).Append(" chars)");
        }
    }

    private static void AppendItems(StringBuilder builder, IEnumerable items, int depth)
    {
        builder.Append('[');
        int count = 0;
        foreach (object? item in items)
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

            Append(builder, item, depth + 1);
            count++;
        }

        builder.Append(']');
    }
}
