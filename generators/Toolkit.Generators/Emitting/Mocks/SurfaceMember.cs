using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>How one interface member appears on a mock's <c>Setup</c>, <c>Verify</c> and <c>Raise</c> surfaces.</summary>
internal sealed class SurfaceMember
{
    public SurfaceMember(MemberModel member, string name, IReadOnlyList<MockOperation> operations)
    {
        Member = member;
        Name = name;
        Operations = operations;
    }

    public MemberModel Member { get; }

    /// <summary>The identifier on the surfaces (<c>Run</c>, <c>EnumerableGetEnumerator</c>, <c>Name</c>); unused for indexers.</summary>
    public string Name { get; }

    public IReadOnlyList<MockOperation> Operations { get; }

    /// <summary>Whether the surface method's conditions may be left out (<c>= default</c> means any value): only without overloads.</summary>
    public bool AllowsOmittedArguments { get; set; }

    /// <summary>Whether the surface method hides an inherited <c>object</c> member and needs <c>new</c>.</summary>
    public bool HidesObjectMember { get; set; }

    /// <summary>The struct grouping a property's, indexer's or event's setups, e.g. <c>NameSetups</c>.</summary>
    public string SetupsStruct { get; set; } = "";

    /// <summary>The struct grouping a property's, indexer's or event's verifications, e.g. <c>NameVerifications</c>.</summary>
    public string VerificationsStruct { get; set; } = "";

    /// <summary>The field remembering a property's value or an indexer's values; empty when values are not remembered.</summary>
    public string ValueField { get; set; } = "";

    /// <summary>The type a property's or indexer's remembered values are kept as (nullable when the setter allows null).</summary>
    public string ValueType { get; set; } = "";

    /// <summary>The key type of an indexer's remembered values, e.g. <c>global::System.ValueTuple&lt;int&gt;</c>.</summary>
    public string IndexKeyType { get; set; } = "";

    /// <summary>The field holding an event's subscribed handlers.</summary>
    public string HandlersField { get; set; } = "";

    /// <summary>For a default interface member: the private class that runs its default body.</summary>
    public string DefaultImplementationClass { get; set; } = "";

    /// <summary>The field caching that object.</summary>
    public string DefaultImplementationField { get; set; } = "";

    /// <summary>The property creating that object on first use.</summary>
    public string DefaultImplementationProperty { get; set; } = "";

    public bool HasDefaultImplementation => DefaultImplementationClass.Length > 0;

    public MockOperation? Getter => Operations.FirstOrDefault(o => o.Kind is OperationKind.PropertyGet or OperationKind.IndexerGet);

    public MockOperation? Setter => Operations.FirstOrDefault(o => o.Kind is OperationKind.PropertySet or OperationKind.IndexerSet);

    public MockOperation? Adder => Operations.FirstOrDefault(o => o.Kind == OperationKind.EventAdd);

    public MockOperation? Remover => Operations.FirstOrDefault(o => o.Kind == OperationKind.EventRemove);
}
