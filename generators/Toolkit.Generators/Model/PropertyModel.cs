namespace Toolkit.Generators.Model;

/// <summary>A property or an indexer.</summary>
internal sealed record PropertyModel : MemberModel
{
    public TypeModel Type { get; init; } = new();

    public ReturnRefKind RefKind { get; init; }

    /// <summary>An indexer (<see cref="Parameters"/> holds its parameters).</summary>
    public bool IsIndexer { get; init; }

    /// <summary>
    /// A COM indexed property: a property with <see cref="Parameters"/> that is not the indexer. C# reads and writes it as
    /// <c>x.Name[i]</c> and implements it through its accessor methods (<see cref="AccessorModel.MethodName"/>).
    /// </summary>
    public bool IsIndexedProperty { get; init; }

    public EquatableArray<ParameterModel> Parameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    /// <summary>The <c>get</c> accessor, or <see langword="null"/> when the property is write-only.</summary>
    public AccessorModel? Getter { get; init; }

    /// <summary>The <c>set</c> or <c>init</c> accessor, or <see langword="null"/> when the property is read-only.</summary>
    public AccessorModel? Setter { get; init; }
}
