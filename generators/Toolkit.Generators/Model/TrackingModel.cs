namespace Toolkit.Generators.Model;

/// <summary>
/// What the tracking decorator needs beyond the <see cref="InterfaceModel"/>: the driver's name and how to render
/// arguments whose types carry <c>[Sensitive]</c> members. Plain data with value equality.
/// </summary>
internal sealed record TrackingModel
{
    /// <summary>The low-cardinality driver name, e.g. <c>shell</c>.</summary>
    public string DriverName { get; init; } = "";

    /// <summary>The ActivitySource and Meter name: the interface's full metadata name, e.g. <c>N.IShellDriver</c>.</summary>
    public string TelemetryName { get; init; } = "";

    /// <summary>
    /// Renderers for argument types that hold <c>[Sensitive]</c> data, by position; a renderer writes the value with
    /// those members as <c>***</c>. <see cref="RedactedTypeModel.TypeName"/> matches <see cref="TypeModel.Name"/>.
    /// </summary>
    public EquatableArray<RedactedTypeModel> RedactedTypes { get; init; } = EquatableArray<RedactedTypeModel>.Empty;

    /// <summary>
    /// The diagnostic IDs of the <c>[Experimental]</c> APIs this output names beyond those of the interface (the argument types the renderers name and the members they read), in
    /// ordinal order; the generated file suppresses them.
    /// </summary>
    public EquatableArray<string> ExperimentalDiagnosticIds { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The renderer index for an argument of type <paramref name="typeName"/>, or -1 when it needs none.</summary>
    public int RendererFor(string typeName)
    {
        for (var i = 0; i < RedactedTypes.Count; i++)
        {
            if (RedactedTypes[i].TypeName == typeName)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A type whose values must be rendered with redaction: an object with members, or a collection of such objects.</summary>
internal sealed record RedactedTypeModel
{
    /// <summary>The type as C#, as it appears in signatures (<c>global::N.Credentials?</c>).</summary>
    public string TypeName { get; init; } = "";

    /// <summary>The short name written in the rendering, e.g. <c>Credentials</c>.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>A value type (no <see langword="null"/> check), unless <see cref="IsNullableValueType"/>.</summary>
    public bool IsValueType { get; init; }

    /// <summary>A <c>Nullable&lt;T&gt;</c>: rendered through <see cref="ElementRenderer"/> when it has a value.</summary>
    public bool IsNullableValueType { get; init; }

    /// <summary>A collection: each item is rendered through <see cref="ElementRenderer"/>.</summary>
    public bool IsCollection { get; init; }

    /// <summary>The renderer of the items (collections) or of the underlying value (nullable value types).</summary>
    public int ElementRenderer { get; init; } = -1;

    /// <summary>The members to write, for an object.</summary>
    public EquatableArray<RedactedMemberModel> Members { get; init; } = EquatableArray<RedactedMemberModel>.Empty;
}

/// <summary>One public property or field of a <see cref="RedactedTypeModel"/>.</summary>
internal sealed record RedactedMemberModel
{
    public string Name { get; init; } = "";

    public string EscapedName { get; init; } = "";

    /// <summary>Marked <c>[Sensitive]</c>: written as <c>***</c>.</summary>
    public bool IsSensitive { get; init; }

    /// <summary>A ref struct or pointer: written as its type name only.</summary>
    public bool IsUnrecordable { get; init; }

    /// <summary>The short type name, for <see cref="IsUnrecordable"/> members.</summary>
    public string TypeDisplayName { get; init; } = "";

    /// <summary>The renderer of the member's value when it holds sensitive data itself, otherwise -1.</summary>
    public int Renderer { get; init; } = -1;
}

/// <summary>The tracking output's pipeline value: the interface target plus the tracking model.</summary>
internal sealed record TrackingTarget(InterfaceTarget Target, TrackingModel? Tracking);
