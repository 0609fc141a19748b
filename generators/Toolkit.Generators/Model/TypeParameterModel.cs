namespace Toolkit.Generators.Model;

/// <summary>A generic type parameter of an interface or a method, with all of its constraints.</summary>
internal sealed record TypeParameterModel
{
    /// <summary>The name to use in generated code (already escaped; method type parameters are renamed when they
    /// would clash with the interface's own type parameters).</summary>
    public string Name { get; init; } = "";

    /// <summary>The name as the interface declares it (unescaped).</summary>
    public string OriginalName { get; init; } = "";

    public int Ordinal { get; init; }

    /// <summary><c>in</c>, <c>out</c> or empty: only meaningful on interface and delegate type parameters.</summary>
    public string Variance { get; init; } = "";

    public bool HasReferenceTypeConstraint { get; init; }

    /// <summary>The reference type constraint is <c>class?</c>.</summary>
    public bool ReferenceTypeConstraintIsNullable { get; init; }

    public bool HasValueTypeConstraint { get; init; }

    public bool HasUnmanagedTypeConstraint { get; init; }

    public bool HasNotNullConstraint { get; init; }

    public bool HasConstructorConstraint { get; init; }

    /// <summary><c>allows ref struct</c> (C# 13).</summary>
    public bool AllowsRefLikeType { get; init; }

    /// <summary>Base class and interface constraints, in declaration order.</summary>
    public EquatableArray<TypeModel> ConstraintTypes { get; init; } = EquatableArray<TypeModel>.Empty;

    /// <summary>Whether the argument is known to be a reference type (a <c>class</c> or class-type constraint).</summary>
    public bool IsReferenceType { get; init; }

    /// <summary>Whether the argument is known to be a value type (<c>struct</c> or <c>unmanaged</c>).</summary>
    public bool IsValueType { get; init; }

    /// <summary>
    /// The full <c>where</c> clause to repeat on a class or an implicit implementation, e.g.
    /// <c>where T : class?, global::System.IComparable&lt;T&gt;, new()</c>; empty when there is no constraint.
    /// </summary>
    public string ConstraintClause { get; init; } = "";

    /// <summary>
    /// The clause an explicit interface implementation (or override) needs so that <c>T?</c> in its signature keeps
    /// its meaning: <c>where T : class</c>, <c>where T : struct</c>, <c>where T : default</c>, or empty when <c>T?</c>
    /// does not appear in the signature.
    /// </summary>
    public string ExplicitImplementationConstraintClause { get; init; } = "";
}
