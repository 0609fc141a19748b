namespace Toolkit.Generators.Model;

/// <summary>
/// A type as it appears in a signature, already written as C# (<c>global::</c>-qualified, with its
/// nullable annotations), plus the facts emitters need to decide what code to write for it.
/// </summary>
internal sealed record TypeModel
{
    /// <summary>The type as C# source, e.g. <c>global::System.Threading.Tasks.Task&lt;string?&gt;</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>Structural facts: reference or value type, type parameter, ref struct, pointer, annotated.</summary>
    public TypeTraits Traits { get; init; }

    /// <summary>Which well-known framework type this is, when it matters to generated code.</summary>
    public WellKnownType WellKnown { get; init; }

    /// <summary>
    /// The one type argument or element that matters for <see cref="WellKnown"/>: the <c>T</c> of
    /// <c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, <c>IAsyncEnumerable&lt;T&gt;</c>,
    /// <c>Span&lt;T&gt;</c>, <c>Nullable&lt;T&gt;</c>, or the element of an array; otherwise <see langword="null"/>.
    /// </summary>
    public TypeModel? Element { get; init; }

    /// <summary>A short, human-readable name for messages, e.g. <c>Task&lt;string&gt;</c>.</summary>
    public string DisplayName { get; init; } = "";

    public bool IsVoid => WellKnown == WellKnownType.Void;

    public bool IsReferenceType => (Traits & TypeTraits.ReferenceType) != 0;

    public bool IsValueType => (Traits & TypeTraits.ValueType) != 0;

    public bool IsTypeParameter => (Traits & TypeTraits.TypeParameter) != 0;

    public bool IsRefLike => (Traits & TypeTraits.RefLike) != 0;

    public bool IsPointer => (Traits & TypeTraits.Pointer) != 0;

    public bool IsNullableAnnotated => (Traits & TypeTraits.NullableAnnotated) != 0;

    /// <summary>Whether a value of this type may be a generic type argument or stored in a field of a class.</summary>
    public bool CanBeTypeArgument => (Traits & (TypeTraits.RefLike | TypeTraits.Pointer | TypeTraits.Void)) == 0;

    /// <summary>
    /// <see cref="Name"/> without a top-level nullable annotation on a reference type or type parameter
    /// (<c>string?</c> → <c>string</c>); nullable value types keep their <c>?</c>.
    /// </summary>
    public string NonNullableName
        => IsNullableAnnotated && !IsNullableValueType && Name.EndsWith("?", StringComparison.Ordinal)
            ? Name.Substring(0, Name.Length - 1)
            : Name;

    /// <summary>
    /// <see cref="Name"/> with a top-level nullable annotation when the type can hold <see langword="null"/>
    /// (<c>string</c> → <c>string?</c>); value types and unconstrained type parameters are returned as <c>T?</c>
    /// only where that keeps their meaning.
    /// </summary>
    public string NullableName
        => IsNullableAnnotated || IsValueType || IsPointer || IsRefLike || IsVoid
            ? Name
            : Name + "?";

    public bool IsNullableValueType => WellKnown == WellKnownType.NullableOfT;

    public override string ToString() => Name;
}
