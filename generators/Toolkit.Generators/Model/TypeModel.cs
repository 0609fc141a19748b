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

/// <summary>Structural facts about a <see cref="TypeModel"/>.</summary>
[Flags]
internal enum TypeTraits
{
    None = 0,
    ReferenceType = 1 << 0,
    ValueType = 1 << 1,
    TypeParameter = 1 << 2,
    /// <summary>A type parameter declared by a method rather than by the interface.</summary>
    MethodTypeParameter = 1 << 3,
    /// <summary>A <c>ref struct</c>: cannot be boxed, stored in a class or used as a type argument.</summary>
    RefLike = 1 << 4,
    /// <summary>A pointer or function pointer: needs an <c>unsafe</c> context.</summary>
    Pointer = 1 << 5,
    /// <summary>Written with <c>?</c> (a nullable reference type, <c>T?</c>, or <c>Nullable&lt;T&gt;</c>).</summary>
    NullableAnnotated = 1 << 6,
    Void = 1 << 7,
    /// <summary>An enum type.</summary>
    Enum = 1 << 8,
    /// <summary>A delegate type.</summary>
    Delegate = 1 << 9,
    /// <summary>An interface type.</summary>
    Interface = 1 << 10,
    /// <summary>An array type (<see cref="TypeModel.Element"/> is its element).</summary>
    Array = 1 << 11,
    /// <summary>The type or one of its type arguments is marked <c>[Obsolete]</c>.</summary>
    Obsolete = 1 << 12,
    /// <summary>A type parameter with no constraint that fixes it as a reference or value type.</summary>
    UnconstrainedTypeParameter = 1 << 13,
    /// <summary>The type was declared in a nullable-oblivious context (no annotations known).</summary>
    Oblivious = 1 << 14,
    /// <summary>A type parameter that may be a <c>ref struct</c> (<c>allows ref struct</c>).</summary>
    AllowsRefLike = 1 << 15,
}

/// <summary>Framework types generated code treats specially (loose defaults, async shortcuts, spans).</summary>
internal enum WellKnownType
{
    None,
    Void,
    Object,
    String,
    Boolean,
    Char,
    /// <summary>Any numeric primitive, <c>decimal</c>, <c>nint</c> or <c>nuint</c>.</summary>
    Numeric,
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
    AsyncEnumerableOfT,
    AsyncEnumeratorOfT,
    Enumerable,
    EnumerableOfT,
    Enumerator,
    EnumeratorOfT,
    Array,
    SpanOfT,
    ReadOnlySpanOfT,
    NullableOfT,
    CancellationToken,
}
