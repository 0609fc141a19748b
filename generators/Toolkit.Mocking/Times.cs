using System.Globalization;

namespace Toolkit.Mocking;

/// <summary>How many calls a verification expects: <see cref="Once"/>, <see cref="Exactly"/>, <see cref="AtLeast"/>, <see cref="Between"/>…</summary>
public readonly struct Times : IEquatable<Times>
{
    private Times(int minimum, int maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>No call.</summary>
    public static Times Never => new(0, 0);

    /// <summary>Exactly one call.</summary>
    public static Times Once => new(1, 1);

    /// <summary>One call or more.</summary>
    public static Times AtLeastOnce => new(1, int.MaxValue);

    /// <summary>The smallest accepted number of calls.</summary>
    public int Minimum { get; }

    /// <summary>The largest accepted number of calls.</summary>
    public int Maximum { get; }

    /// <summary>Exactly <paramref name="count"/> calls.</summary>
    /// <param name="count">The expected number, zero or more.</param>
    /// <returns>The expectation.</returns>
    public static Times Exactly(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new Times(count, count);
    }

    /// <summary><paramref name="count"/> calls or more.</summary>
    /// <param name="count">The minimum.</param>
    /// <returns>The expectation.</returns>
    public static Times AtLeast(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new Times(count, int.MaxValue);
    }

    /// <summary><paramref name="count"/> calls or fewer.</summary>
    /// <param name="count">The maximum.</param>
    /// <returns>The expectation.</returns>
    public static Times AtMost(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new Times(0, count);
    }

    /// <summary>Between <paramref name="minimum"/> and <paramref name="maximum"/> calls, both included.</summary>
    /// <param name="minimum">The minimum.</param>
    /// <param name="maximum">The maximum.</param>
    /// <returns>The expectation.</returns>
    public static Times Between(int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        return new Times(minimum, maximum);
    }

    /// <summary>Whether <paramref name="count"/> calls satisfy the expectation.</summary>
    /// <param name="count">The number of matching calls.</param>
    /// <returns><see langword="true"/> when within bounds.</returns>
    public bool IsSatisfiedBy(int count) => count >= Minimum && count <= Maximum;

    /// <summary>Reads as English: <c>once</c>, <c>exactly 3 times</c>, <c>at least 2 times</c>…</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        static string N(int n) => n == 1 ? "once" : n.ToString(CultureInfo.InvariantCulture) + " times";
        if (Minimum == Maximum)
        {
            return Minimum == 0 ? "never" : Minimum == 1 ? "once" : "exactly " + N(Minimum);
        }

        if (Maximum == int.MaxValue)
        {
            return "at least " + N(Minimum);
        }

        return Minimum == 0 ? "at most " + N(Maximum) : "between " + Minimum.ToString(CultureInfo.InvariantCulture) + " and " + N(Maximum);
    }

    /// <inheritdoc/>
    public bool Equals(Times other) => Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Times other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum);

    /// <summary>Compares two expectations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(Times left, Times right) => left.Equals(right);

    /// <summary>Compares two expectations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Times left, Times right) => !left.Equals(right);
}
