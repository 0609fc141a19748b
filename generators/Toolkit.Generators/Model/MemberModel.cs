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

/// <summary>An ordinary method.</summary>
internal sealed record MethodModel : MemberModel
{
    public TypeModel ReturnType { get; init; } = new();

    public ReturnRefKind ReturnRefKind { get; init; }

    public EquatableArray<ParameterModel> Parameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    public EquatableArray<TypeParameterModel> TypeParameters { get; init; } = EquatableArray<TypeParameterModel>.Empty;

    /// <summary>Attributes on the return value (<c>[return: …]</c>).</summary>
    public EquatableArray<AttributeModel> ReturnAttributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    /// <summary>Declared with <c>__arglist</c>: cannot be implemented in C#.</summary>
    public bool IsVarArgs { get; init; }

    public bool IsGeneric => !TypeParameters.IsEmpty;

    public bool ReturnsVoid => ReturnType.IsVoid;
}

/// <summary>A property or an indexer.</summary>
internal sealed record PropertyModel : MemberModel
{
    public TypeModel Type { get; init; } = new();

    public ReturnRefKind RefKind { get; init; }

    /// <summary>An indexer (<see cref="Parameters"/> holds its parameters).</summary>
    public bool IsIndexer { get; init; }

    public EquatableArray<ParameterModel> Parameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    /// <summary>The <c>get</c> accessor, or <see langword="null"/> when the property is write-only.</summary>
    public AccessorModel? Getter { get; init; }

    /// <summary>The <c>set</c> or <c>init</c> accessor, or <see langword="null"/> when the property is read-only.</summary>
    public AccessorModel? Setter { get; init; }
}

/// <summary>A <c>get</c>, <c>set</c>, <c>init</c>, <c>add</c> or <c>remove</c> accessor.</summary>
internal sealed record AccessorModel
{
    /// <summary>An <c>init</c> accessor rather than <c>set</c>.</summary>
    public bool IsInit { get; init; }

    /// <summary>The interface provides a body for this accessor.</summary>
    public bool HasDefaultImplementation { get; init; }

    /// <summary>Every attribute on the accessor.</summary>
    public EquatableArray<AttributeModel> Attributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    /// <summary>Attributes on the accessor's <c>value</c> parameter (set, init, add, remove), e.g. <c>[param: AllowNull]</c>.</summary>
    public EquatableArray<AttributeModel> ValueAttributes { get; init; } = EquatableArray<AttributeModel>.Empty;

    /// <summary>Attributes on a getter's return value, e.g. <c>[return: MaybeNull]</c>.</summary>
    public EquatableArray<AttributeModel> ReturnAttributes { get; init; } = EquatableArray<AttributeModel>.Empty;
}

/// <summary>An event.</summary>
internal sealed record EventModel : MemberModel
{
    /// <summary>The delegate type, e.g. <c>global::System.EventHandler&lt;string&gt;?</c>.</summary>
    public TypeModel Type { get; init; } = new();

    /// <summary>The parameters of the delegate's <c>Invoke</c> method, used to raise the event.</summary>
    public EquatableArray<ParameterModel> InvokeParameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    /// <summary>The return type of the delegate's <c>Invoke</c> method.</summary>
    public TypeModel InvokeReturnType { get; init; } = new();

    public AccessorModel Adder { get; init; } = new();

    public AccessorModel Remover { get; init; } = new();
}
