namespace Toolkit.Generators.Model;

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
