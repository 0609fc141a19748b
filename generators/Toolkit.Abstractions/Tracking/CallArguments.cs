using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Toolkit.Formatting;

namespace Toolkit.Tracking;

/// <summary>
/// The arguments of a tracked call, by parameter name, in declaration order. <c>out</c> parameters are not
/// included (they have no value when the call starts).
/// </summary>
/// <remarks>
/// A <see cref="SensitiveAttribute"/> parameter's entry is <see cref="ArgumentText.Redacted"/>, never the
/// value; an argument whose type has <c>[Sensitive]</c> members is an <see cref="ArgumentText"/> holding its
/// redacted rendering. Everything else is the argument itself (value types boxed).
/// </remarks>
public sealed class CallArguments : IReadOnlyDictionary<string, object?>, IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly string[] _names;
    private readonly object?[] _values;

    /// <summary>A call without parameters, or whose arguments were not captured.</summary>
    public static CallArguments Empty { get; } = new([], []);

    internal CallArguments(string[] names, object?[] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>The number of recorded arguments.</summary>
    public int Count => _names.Length;

    /// <summary>The parameter names, in declaration order.</summary>
    public IEnumerable<string> Keys => _names;

    /// <summary>The argument values, in declaration order.</summary>
    public IEnumerable<object?> Values => _values;

    /// <summary>The argument passed for the parameter named <paramref name="name"/>.</summary>
    /// <param name="name">A parameter name, as declared on the interface.</param>
    /// <exception cref="KeyNotFoundException">No parameter has that name; the message lists the names there are.</exception>
    public object? this[string name]
    {
        get
        {
            var index = Array.IndexOf(_names, name);
            if (index < 0)
            {
                throw new KeyNotFoundException(
                    $"The call has no argument named '{name}'. Its arguments are: {(_names.Length == 0 ? "(none)" : string.Join(", ", _names))}.");
            }

            return _values[index];
        }
    }

    /// <summary>The argument at <paramref name="index"/>, with its parameter name.</summary>
    /// <param name="index">The parameter position among the recorded arguments.</param>
    public KeyValuePair<string, object?> this[int index] => new(_names[index], _values[index]);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(_names, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_names, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _values[index];
        return true;
    }

    /// <summary>Enumerates the arguments in declaration order.</summary>
    /// <returns>An enumerator of name/value pairs.</returns>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The arguments as <c>name: value</c> pairs, formatted the way log lines show them.</summary>
    /// <returns>For example <c>command: "ls", password: ***</c>.</returns>
    public override string ToString() => ArgumentFormatter.FormatList(_names, _values);
}
