using System.ComponentModel;
using Toolkit.Formatting;

namespace Toolkit.Mocking;

/// <summary>
/// Describes one recorded operation of a generated mock (a method, a property's get or set, an indexer's get or set,
/// an event's add or remove), for messages and <see cref="MockCall"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MockMemberInfo
{
    /// <summary>Creates the description of one operation.</summary>
    /// <param name="name">The member name, e.g. <c>Run</c>; <c>this[]</c> for indexers.</param>
    /// <param name="kind">Which operation.</param>
    /// <param name="signature">The member as declared, e.g. <c>IShellDriver.Run(string command)</c>.</param>
    /// <param name="parameterNames">The names of the recorded arguments, in order.</param>
    public MockMemberInfo(string name, MockMemberKind kind, string signature, params string[] parameterNames)
    {
        Name = name;
        Kind = kind;
        Signature = signature;
        ParameterNames = parameterNames;
    }

    /// <summary>The member name.</summary>
    public string Name { get; }

    /// <summary>Which operation.</summary>
    public MockMemberKind Kind { get; }

    /// <summary>The member as declared.</summary>
    public string Signature { get; }

    /// <summary>The names of the recorded arguments.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>
    /// Positions, among the recorded arguments, of parameters marked <c>[Sensitive]</c>: messages write them as
    /// <c>***</c>. <see cref="MockCall.Arguments"/> still holds the real values for assertions.
    /// </summary>
    public IReadOnlyList<int> SensitiveArguments { get; init; } = [];

    /// <summary>Formats the recorded argument at <paramref name="index"/> for a message.</summary>
    /// <param name="index">The argument's position among the recorded arguments.</param>
    /// <param name="value">The argument.</param>
    /// <returns>The value as C# would write it, or <c>***</c> for a sensitive parameter.</returns>
    public string FormatArgument(int index, object? value)
        => SensitiveArguments.Contains(index) ? "***" : ArgumentFormatter.Format(value);

    /// <summary>Writes a call with its arguments the way C# would: <c>Run("ls")</c>, <c>Name = "x"</c>, <c>this[1]</c>, <c>Output += handler</c>.</summary>
    /// <param name="arguments">Formatted arguments; for setters and events the value is last.</param>
    /// <returns>The call as text.</returns>
    public string Format(IReadOnlyList<string> arguments)
    {
        var all = string.Join(", ", arguments);
        var allButLast = arguments.Count > 0 ? string.Join(", ", arguments.Take(arguments.Count - 1)) : "";
        var last = arguments.Count > 0 ? arguments[^1] : "";
        return Kind switch
        {
            MockMemberKind.PropertyGet => Name,
            MockMemberKind.PropertySet => Name + " = " + last,
            MockMemberKind.IndexerGet => "this[" + all + "]",
            MockMemberKind.IndexerSet => "this[" + allButLast + "] = " + last,
            MockMemberKind.EventAdd => Name + " += " + last,
            MockMemberKind.EventRemove => Name + " -= " + last,
            _ => Name + "(" + all + ")",
        };
    }
}
