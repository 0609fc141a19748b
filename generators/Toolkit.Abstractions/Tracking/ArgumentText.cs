using Toolkit.Formatting;

namespace Toolkit.Tracking;

/// <summary>
/// An argument recorded as text instead of its value: a redacted <see cref="SensitiveAttribute"/> parameter
/// (<see cref="Redacted"/>), an argument whose type has <c>[Sensitive]</c> members (its redacted rendering), or
/// a value that cannot be stored, such as a <see cref="Span{T}"/>.
/// </summary>
/// <remarks>
/// Tracking decorators put an <see cref="ArgumentText"/> in <see cref="CallRecord.Arguments"/> in place of the
/// value, so the value itself never reaches a sink, a span or a log line. Formatting writes
/// <see cref="Text"/> as is, without quotes.
/// </remarks>
public sealed class ArgumentText : IEquatable<ArgumentText>
{
    /// <summary>Stands for the value of a <see cref="SensitiveAttribute"/> parameter: its text is <c>***</c>.</summary>
    public static ArgumentText Redacted { get; } = new(SensitiveAttribute.RedactedValue);

    /// <summary>Creates an argument text.</summary>
    /// <param name="text">What observers see instead of the value.</param>
    public ArgumentText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>What observers see instead of the value.</summary>
    public string Text { get; }

    /// <summary>Whether this is <see cref="Redacted"/>, the stand-in for a <see cref="SensitiveAttribute"/> parameter.</summary>
    public bool IsRedacted => ReferenceEquals(this, Redacted);

    /// <summary>
    /// Renders <paramref name="value"/> with a generated renderer that writes <c>***</c> for its <c>[Sensitive]</c>
    /// members. A renderer that throws (a property getter failing, say) yields <c>&lt;displayName&gt;</c>: recording
    /// an argument never changes the outcome of the call.
    /// </summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="render">The generated renderer; its second argument is the nesting depth, 0 here.</param>
    /// <param name="displayName">The type's short name, used when rendering fails.</param>
    /// <returns>The rendered text.</returns>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static ArgumentText Render<T>(T value, Func<T, int, string> render, string displayName)
    {
        ArgumentNullException.ThrowIfNull(render);
        try
        {
            return new ArgumentText(render(value, 0));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ArgumentText("<" + displayName + ">");
        }
    }

    /// <summary>Stands for a span-like argument that cannot be stored: its type and length, e.g. <c>ReadOnlySpan&lt;byte&gt;[512]</c>.</summary>
    /// <param name="displayName">The type's short name.</param>
    /// <param name="length">The span's length.</param>
    /// <returns>The text.</returns>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static ArgumentText OfLength(string displayName, int length)
        => new(displayName + "[" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");

    /// <summary>Formats one value the way log lines show arguments (strings quoted, invariant culture, long values shortened).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The formatted value.</returns>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static string FormatValue(object? value) => ArgumentFormatter.Format(value);

    /// <inheritdoc/>
    public bool Equals(ArgumentText? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ArgumentText);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
