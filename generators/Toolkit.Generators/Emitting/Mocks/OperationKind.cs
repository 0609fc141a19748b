namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>One thing a mock records and can set up: a method call, or one accessor of a property, indexer or event.</summary>
internal enum OperationKind
{
    Method,
    PropertyGet,
    PropertySet,
    IndexerGet,
    IndexerSet,
    EventAdd,
    EventRemove,
}
