using System.Runtime.CompilerServices;
using Toolkit.Formatting;

namespace Toolkit.Mocking;

/// <summary>
/// Argument conditions for setups and verifications: <c>mock.Setup.Run(Arg.Any&lt;string&gt;(), Arg.Is&lt;int&gt;(t =&gt; t &gt; 0))</c>.
/// </summary>
public static class Arg
{
    /// <summary>Matches every value. Equivalent to <see langword="default"/>(<see cref="Arg{T}"/>) and to leaving an optional argument out.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <returns>A condition that always matches.</returns>
    public static Arg<T> Any<T>() => default;

    /// <summary>Matches exactly <paramref name="value"/>; needed for parameters of interface type, where C# allows no implicit conversion.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="value">The expected value.</param>
    /// <returns>An exact-value condition.</returns>
    public static Arg<T> Is<T>(T value) => value;

    /// <summary>Matches values for which <paramref name="predicate"/> returns <see langword="true"/>.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="predicate">The condition.</param>
    /// <param name="expression">Filled in by the compiler with the predicate's source text, for messages.</param>
    /// <returns>A predicate condition.</returns>
    public static Arg<T> Is<T>(Func<T, bool> predicate, [CallerArgumentExpression(nameof(predicate))] string? expression = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new Arg<T>(ArgKind.Matcher, default!, new PredicateMatcher<T>(predicate, expression ?? "predicate"));
    }

    /// <summary>Matches values that <paramref name="matcher"/> accepts.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="matcher">A custom matcher; its <see cref="object.ToString"/> describes it in messages.</param>
    /// <returns>A custom condition.</returns>
    public static Arg<T> Matches<T>(IArgumentMatcher<T> matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return new Arg<T>(ArgKind.Matcher, default!, matcher);
    }

    /// <summary>Matches <see langword="null"/>.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <returns>A condition matching only <see langword="null"/>.</returns>
    public static Arg<T> IsNull<T>() => new(ArgKind.Matcher, default!, new PredicateMatcher<T>(static v => v is null, "null"));

    /// <summary>Matches everything but <see langword="null"/>.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <returns>A condition matching any non-null value.</returns>
    public static Arg<T> IsNotNull<T>() => new(ArgKind.Matcher, default!, new PredicateMatcher<T>(static v => v is not null, "not null"));

    /// <summary>Matches any of <paramref name="values"/>.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="values">The accepted values.</param>
    /// <returns>A condition matching one of the values.</returns>
    public static Arg<T> IsIn<T>(params T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = (T[])values.Clone();
        return new Arg<T>(ArgKind.Matcher, default!, new PredicateMatcher<T>(
            v => Array.Exists(copy, item => Arg<T>.AreEqual(item, v)),
            "one of [" + string.Join(", ", copy.Select(item => ArgumentFormatter.Format(item))) + "]"));
    }

    /// <summary>Matches values between <paramref name="minimum"/> and <paramref name="maximum"/>, both included.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="minimum">The smallest accepted value.</param>
    /// <param name="maximum">The largest accepted value.</param>
    /// <returns>A range condition.</returns>
    public static Arg<T> IsInRange<T>(T minimum, T maximum)
        where T : IComparable<T>
        => new(ArgKind.Matcher, default!, new PredicateMatcher<T>(
            v => v is not null && v.CompareTo(minimum) >= 0 && v.CompareTo(maximum) <= 0,
            "in [" + ArgumentFormatter.Format(minimum) + ", " + ArgumentFormatter.Format(maximum) + "]"));

    private sealed class PredicateMatcher<T>(Func<T, bool> predicate, string description) : IArgumentMatcher<T>
    {
        public bool Matches(T value) => predicate(value);

        public override string ToString() => description;
    }
}
