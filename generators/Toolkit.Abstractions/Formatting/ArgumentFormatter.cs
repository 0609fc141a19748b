using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Toolkit.Tracking;

namespace Toolkit.Formatting;

/// <summary>
/// How an argument value is shown to a person, in every place Toolkit shows one: mock failure messages and recorded
/// calls, tracking log lines, span tags and <see cref="CallRecord"/> text. One renderer, so a value reads the same in a
/// failed verification as in the log of the production call it mirrors.
/// </summary>
/// <remarks>
/// Strings and characters are quoted and escaped, numbers and dates use the invariant culture, collections are listed
/// (at most 16 items, 3 levels deep), byte buffers show their length, and a <see cref="CancellationToken"/> shows its
/// state. Rendering never throws: a <c>ToString</c> or enumerator that fails yields <c>&lt;TypeName&gt;</c>, because
/// observing a call must never change its outcome.
/// </remarks>
public static class ArgumentFormatter
{
    /// <summary>The longest string shown in full; longer ones are cut and their length is given.</summary>
    // Arguments can be whole file contents or long command lines; people want a glimpse, not a copy.
    public const int MaxStringLength = 256;

    /// <summary>The most items of a collection shown; more are written as <c>…</c>.</summary>
    public const int MaxItems = 16;

    private const int MaxDepth = 3;

    /// <summary>A short, unambiguous rendering of <paramref name="value"/>.</summary>
    /// <typeparam name="T">The static type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>"ls"</c>, <c>'x'</c>, <c>42</c>, <c>null</c>, <c>[1, 2, 3]</c>, <c>byte[512]</c>.</returns>
    public static string Format<T>(T value) => Format((object?)value);

    /// <summary>A short, unambiguous rendering of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rendering; an <see cref="ArgumentText"/> is written as its text, without quotes.</returns>
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

    /// <summary>Renders <c>name: value</c> pairs separated by commas, as log lines show a call's arguments.</summary>
    /// <param name="names">The parameter names.</param>
    /// <param name="values">The values, in the same order.</param>
    /// <returns>For example <c>path: "a.txt", overwrite: true</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static string FormatList(string[] names, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (names.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < names.Length; i++)
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

    /// <summary>Shortens a string to <see cref="MaxStringLength"/> characters, giving the full length when it cuts.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, or its start followed by <c>…(N chars)</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static string Truncate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= MaxStringLength
            ? value
            : string.Concat(value.AsSpan(0, MaxStringLength), "…(", value.Length.ToString(CultureInfo.InvariantCulture), " chars)");
    }

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
                    AppendQuoted(builder, s, '"');
                    return;
                case char c:
                    builder.Append('\'');
                    AppendEscaped(builder, c, '\'');
                    builder.Append('\'');
                    return;
                case bool b:
                    builder.Append(b ? "true" : "false");
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
                    // The type name tells a reader nothing; whether the token can cancel, and has, does.
                    builder.Append(!token.CanBeCanceled ? "None" : token.IsCancellationRequested ? "canceled" : "not canceled");
                    return;
                case Type type:
                    builder.Append("typeof(").Append(type.FullName ?? type.Name).Append(')');
                    return;
                case IFormattable formattable:
                    builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                    return;
                case IEnumerable items when depth < MaxDepth:
                    AppendItems(builder, items, depth);
                    return;
                default:
                    builder.Append(value.ToString() ?? value.GetType().Name);
                    return;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A user's ToString or enumerator threw: show the type, keep the call untouched.
            builder.Append('<').Append(value!.GetType().Name).Append('>');
        }
    }

    private static void AppendQuoted(StringBuilder builder, string value, char quote)
    {
        builder.Append(quote);
        var shown = Math.Min(value.Length, MaxStringLength);
        for (var i = 0; i < shown; i++)
        {
            AppendEscaped(builder, value[i], quote);
        }

        builder.Append(quote);
        if (value.Length > MaxStringLength)
        {
            builder.Append("…(").Append(value.Length).Append(" chars)");
        }
    }

    private static void AppendEscaped(StringBuilder builder, char c, char quote)
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

    private static void AppendItems(StringBuilder builder, IEnumerable items, int depth)
    {
        builder.Append('[');
        var count = 0;
        foreach (var item in items)
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
