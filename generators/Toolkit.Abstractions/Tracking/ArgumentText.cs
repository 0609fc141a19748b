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
