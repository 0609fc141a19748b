namespace Toolkit.Generators.Model;

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
