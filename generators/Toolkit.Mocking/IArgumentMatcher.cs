namespace Toolkit.Mocking;

/// <summary>
/// A custom argument matcher. Implement it for a reusable condition and pass an instance to <see cref="Arg.Matches{T}"/>.
/// Override <see cref="object.ToString"/> to describe the condition: the text appears in failure messages.
/// </summary>
/// <typeparam name="T">The argument type.</typeparam>
public interface IArgumentMatcher<in T>
{
    /// <summary>Whether <paramref name="value"/> satisfies the condition.</summary>
    /// <param name="value">The argument a call received.</param>
    /// <returns><see langword="true"/> when the argument matches.</returns>
    bool Matches(T value);
}
