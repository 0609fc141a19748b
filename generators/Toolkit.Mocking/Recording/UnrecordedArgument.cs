using System.ComponentModel;

namespace Toolkit.Mocking.Recording;

/// <summary>Stands for an argument a mock cannot keep (a <c>ref struct</c> other than a span, or a pointer) in messages and <see cref="MockCall.Arguments"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class UnrecordedArgument
{
    /// <summary>Creates the placeholder.</summary>
    /// <param name="typeName">The parameter's type, for messages.</param>
    public UnrecordedArgument(string typeName)
    {
        TypeName = typeName;
    }

    /// <summary>The parameter's type.</summary>
    public string TypeName { get; }

    /// <summary>Reads <c>&lt;Utf8JsonReader&gt;</c>.</summary>
    /// <returns>The placeholder text.</returns>
    public override string ToString() => "<" + TypeName + ">";
}
