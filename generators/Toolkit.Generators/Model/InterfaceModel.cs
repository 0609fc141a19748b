namespace Toolkit.Generators.Model;

/// <summary>
/// An interface to generate code for, with everything needed to re-implement it: its name and place, its type
/// parameters, and every member it and its base interfaces declare. Plain data with value equality.
/// </summary>
internal sealed record InterfaceModel
{
    /// <summary>The simple name as declared, unescaped and without arity, e.g. <c>IShellDriver</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The containing namespace, e.g. <c>Company.Drivers</c>; empty for the global namespace.</summary>
    public string Namespace { get; init; } = "";

    /// <summary>Simple names of the types the interface is nested in, outermost first; empty when not nested.</summary>
    public EquatableArray<string> ContainingTypeNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Type parameters of the containing types, outermost first, which the generated types must declare too.</summary>
    public EquatableArray<TypeParameterModel> ContainingTypeParameters { get; init; } = EquatableArray<TypeParameterModel>.Empty;

    /// <summary>The interface as a C# type, e.g. <c>global::Company.Drivers.IShellDriver</c> or <c>global::N.IRepo&lt;T&gt;</c>.</summary>
    public string FullyQualifiedName { get; init; } = "";

    /// <summary>The metadata name with namespace, e.g. <c>Company.Drivers.IRepo`1</c> (nested types joined with <c>+</c>).</summary>
    public string MetadataName { get; init; } = "";

    /// <summary>A readable name for messages and docs, e.g. <c>IRepo&lt;T&gt;</c>.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>Public all the way out, so generated types may be public too.</summary>
    public bool IsPublic { get; init; }

    /// <summary>Declared in the compilation being generated for (rather than a referenced assembly).</summary>
    public bool IsInSource { get; init; }

    /// <summary>The interface's own type parameters.</summary>
    public EquatableArray<TypeParameterModel> TypeParameters { get; init; } = EquatableArray<TypeParameterModel>.Empty;

    /// <summary>
    /// Every member to implement, declared or inherited, in a stable order: the interface's own members in
    /// declaration order, then each base interface's. Hidden (<c>new</c>) and diamond members appear once per
    /// declaring interface.
    /// </summary>
    public EquatableArray<MemberModel> Members { get; init; } = EquatableArray<MemberModel>.Empty;

    /// <summary>Every base interface, as C# types, e.g. <c>global::System.IDisposable</c>.</summary>
    public EquatableArray<string> BaseInterfaces { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The interface itself is <c>[Obsolete]</c>.</summary>
    public ObsoleteModel? Obsolete { get; init; }

    /// <summary>Some member needs an <c>unsafe</c> context.</summary>
    public bool RequiresUnsafe { get; init; }

    /// <summary>Some member is <c>static abstract</c> (or <c>static virtual</c>).</summary>
    public bool HasStaticMembers { get; init; }

    /// <summary>Every attribute on the interface.</summary>
    public EquatableArray<AttributeModel> Attributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    /// <summary>
    /// The diagnostic IDs of the <c>[Experimental]</c> APIs code generated for the interface names (the interface, its base
    /// interfaces, members and the types in their signatures), in ordinal order; every generated file suppresses them.
    /// </summary>
    public EquatableArray<string> ExperimentalDiagnosticIds { get; init; } = EquatableArray<string>.Empty;

    /// <summary>All type parameters the generated types must declare: the containing types' and then the interface's.</summary>
    public IEnumerable<TypeParameterModel> AllTypeParameters => ContainingTypeParameters.Concat(TypeParameters);

    public bool IsGeneric => !TypeParameters.IsEmpty || !ContainingTypeParameters.IsEmpty;
}
