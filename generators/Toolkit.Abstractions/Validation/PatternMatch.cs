using System.ComponentModel;
using System.Text.RegularExpressions;

namespace Toolkit.Validation;

/// <summary>
/// The <see cref="System.ComponentModel.DataAnnotations.RegularExpressionAttribute"/> rule on a typed string, without
/// boxing: for generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PatternMatch
{
    /// <summary>Builds the regular expression once, as the attribute would, but compiled when the runtime can compile.</summary>
    /// <param name="pattern">The attribute's pattern.</param>
    /// <param name="matchTimeoutInMilliseconds">The attribute's <c>MatchTimeoutInMilliseconds</c> (2000 unless set); -1 uses the process default.</param>
    /// <returns>The expression.</returns>
    public static Regex Create(string pattern, int matchTimeoutInMilliseconds)
        // RegexOptions.Compiled falls back to the interpreter where dynamic code is unavailable (Native AOT).
        => matchTimeoutInMilliseconds == -1
            ? new Regex(pattern, RegexOptions.Compiled)
            : new Regex(pattern, RegexOptions.Compiled, TimeSpan.FromMilliseconds(matchTimeoutInMilliseconds));

    /// <summary>
    /// Whether <paramref name="value"/> passes the rule: <see langword="null"/> and empty pass, otherwise the
    /// <em>first</em> match must start at 0 and cover the whole string, exactly as the attribute decides
    /// (so <c>a|ab</c> rejects <c>ab</c>: its first match is <c>a</c>).
    /// </summary>
    /// <param name="regex">The expression from <see cref="Create"/>.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value passes.</returns>
    public static bool IsWholeMatch(Regex regex, string? value)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        foreach (var match in regex.EnumerateMatches(value))
        {
            return match.Index == 0 && match.Length == value.Length;
        }

        return false;
    }
}
