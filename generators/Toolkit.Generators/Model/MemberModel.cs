namespace Toolkit.Generators.Model;

/// <summary>
/// One member an implementation of the interface has to provide (or may provide, for default interface members),
/// including every member inherited from base interfaces.
/// </summary>
internal abstract record MemberModel
{
    /// <summary>The member's name as declared (unescaped); <c>this[]</c> for indexers.</summary>
    public string Name { get; init; } = "";

    /// <summary>The name to write in code (keywords escaped, e.g. <c>@class</c>); <c>this</c> for indexers.</summary>
    public string EscapedName { get; init; } = "";

    /// <summary>The interface that declares the member, as seen from the target interface
    /// (e.g. <c>global::System.Collections.Generic.IEnumerable&lt;T&gt;</c>); used to qualify explicit implementations.</summary>
    public TypeModel DeclaringInterface { get; init; } = new();

    /// <summary>The declaring interface's simple name without arity, e.g. <c>IEnumerable</c>.</summary>
    public string DeclaringInterfaceName { get; init; } = "";

    /// <summary>Declared on the target interface itself rather than inherited.</summary>
    public bool IsDeclaredOnTarget { get; init; }

    /// <summary>A <c>static abstract</c> or <c>static virtual</c> member.</summary>
    public bool IsStatic { get; init; }

    /// <summary>
    /// The interface (or a more derived one) provides a body that a class inherits when it does not implement the
    /// member: a default interface member. Implementing it is optional.
    /// </summary>
    public bool HasDefaultImplementation { get; init; }

    /// <summary>
    /// Implementing this member as a public member of a class would clash with another member of the interface
    /// (same name and parameters, a <c>new</c> member hiding a base one, a diamond): it must be implemented
    /// explicitly. The first member of each clashing group (in <see cref="InterfaceModel.Members"/> order) keeps
    /// <see langword="false"/>.
    /// </summary>
    public bool RequiresExplicitImplementation { get; init; }

    /// <summary>The signature needs an <c>unsafe</c> context (pointers or function pointers).</summary>
    public bool RequiresUnsafe { get; init; }

    /// <summary>The member (or its declaring interface) is <c>[Obsolete]</c>; <see langword="null"/> otherwise.</summary>
    public ObsoleteModel? Obsolete { get; init; }

    /// <summary>Some type in the signature is <c>[Obsolete]</c>; generated code that names it needs the warning suppressed.</summary>
    public bool UsesObsoleteTypes { get; init; }

    /// <summary>Every attribute on the member itself.</summary>
    public EquatableArray<AttributeModel> Attributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    /// <summary>A readable signature for messages and docs, e.g. <c>IShellDriver.Run(string command, int timeout)</c>.</summary>
    public string DisplaySignature { get; init; } = "";

    /// <summary>Position in <see cref="InterfaceModel.Members"/>: a stable, dense id for generated code.</summary>
    public int Index { get; init; }
}
