namespace Toolkit.Generators.Model;

/// <summary>
/// An attribute applied to an interface, a member, a parameter or a return value, with its arguments already
/// written as C# expressions, so an emitter can copy it or read its values.
/// </summary>
internal sealed record AttributeModel
{
    /// <summary>The attribute class, <c>global::</c>-qualified, e.g. <c>global::System.ComponentModel.DataAnnotations.RangeAttribute</c>.</summary>
    public string TypeName { get; init; } = "";

    /// <summary>The attribute class's metadata name, e.g. <c>System.ComponentModel.DataAnnotations.RangeAttribute</c>.</summary>
    public string MetadataName { get; init; } = "";

    /// <summary>Constructor arguments as C# expressions, in order (e.g. <c>1</c>, <c>"a\"b"</c>, <c>typeof(global::X)</c>).</summary>
    public EquatableArray<string> ConstructorArguments { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Named arguments (<c>Name = value</c>) in source order.</summary>
    public EquatableArray<NamedArgumentModel> NamedArguments { get; init; } = EquatableArray<NamedArgumentModel>.Empty;

    /// <summary>The attribute as it would be written in source, without brackets: <c>global::N.XAttribute(1, Name = "a")</c>.</summary>
    public string ToSource()
    {
        if (ConstructorArguments.IsEmpty && NamedArguments.IsEmpty)
        {
            return TypeName;
        }

        var parts = new List<string>(ConstructorArguments.Count + NamedArguments.Count);
        parts.AddRange(ConstructorArguments);
        foreach (var named in NamedArguments)
        {
            parts.Add(named.Name + " = " + named.Value);
        }

        return TypeName + "(" + string.Join(", ", parts) + ")";
    }

    /// <summary>The value of a named argument, or <see langword="null"/> when it is not set.</summary>
    public string? GetNamedArgument(string name)
    {
        foreach (var named in NamedArguments)
        {
            if (named.Name == name)
            {
                return named.Value;
            }
        }

        return null;
    }
}
