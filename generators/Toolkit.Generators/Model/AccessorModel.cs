namespace Toolkit.Generators.Model;

/// <summary>A <c>get</c>, <c>set</c>, <c>init</c>, <c>add</c> or <c>remove</c> accessor.</summary>
internal sealed record AccessorModel
{
    /// <summary>The accessor method's name in metadata, e.g. <c>get_Count</c>.</summary>
    public string MethodName { get; init; } = "";

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
