using System.Collections;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Toolkit.Formatting;

namespace Toolkit.Mocking;

/// <summary>
/// What an argument must be for a setup or a verification to apply: any value (the default), an exact value, or a
/// condition. A plain value converts implicitly (<c>mock.Setup.Run("ls")</c>); use <see cref="Arg"/> for the rest.
/// </summary>
/// <remarks>
/// Exact values compare with <see cref="EqualityComparer{T}.Default"/>; arrays (and spans, which mocks record as arrays)
/// compare element by element. C# has no implicit conversion from an interface type, so for parameters of interface
/// type write <c>Arg.Is(value)</c>.
/// </remarks>
/// <typeparam name="T">The parameter type.</typeparam>
public readonly struct Arg<T>
{
    private readonly ArgKind _kind;
    private readonly T _value;
    private readonly IArgumentMatcher<T>? _matcher;

    internal Arg(ArgKind kind, T value, IArgumentMatcher<T>? matcher)
    {
        _kind = kind;
        _value = value;
        _matcher = matcher;
    }

    /// <summary>Whether this accepts every value (<see cref="Arg.Any{T}"/> or <see langword="default"/>).</summary>
    public bool IsAny => _kind == ArgKind.Any;

    /// <summary>Matches exactly <paramref name="value"/>.</summary>
    /// <param name="value">The expected value.</param>
    public static implicit operator Arg<T>([AllowNull] T value) => new(ArgKind.Value, value!, null);

    /// <summary>Whether <paramref name="value"/> satisfies this argument's condition.</summary>
    /// <param name="value">The argument a call received.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Matches(T value) => _kind == ArgKind.Any || MatchesValue(value);

    private bool MatchesValue(T value) => _kind == ArgKind.Value ? AreEqual(_value, value) : _matcher!.Matches(value);

    /// <summary>Describes the condition for messages: <c>Any</c>, the value, or the predicate's source text.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _kind switch
    {
        ArgKind.Any => "Any",
        ArgKind.Value => ArgumentFormatter.Format(_value),
        _ => _matcher!.ToString() ?? "matcher",
    };

    /// <summary>Exact-value comparison used by <see cref="Matches"/>: equality, then element-wise for arrays.</summary>
    /// <param name="expected">The configured value.</param>
    /// <param name="actual">The received value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool AreEqual(T expected, T actual)
    {
        if (EqualityComparer<T>.Default.Equals(expected, actual))
        {
            return true;
        }

        return expected is IStructuralEquatable structural and Array && actual is Array
            && structural.Equals(actual, StructuralComparisons.StructuralEqualityComparer);
    }
}
