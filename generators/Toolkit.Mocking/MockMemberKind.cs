namespace Toolkit.Mocking;

/// <summary>The kinds of operation a mock records.</summary>
public enum MockMemberKind
{
    /// <summary>A method call.</summary>
    Method,

    /// <summary>A property read.</summary>
    PropertyGet,

    /// <summary>A property write (including <c>init</c>).</summary>
    PropertySet,

    /// <summary>An indexer read.</summary>
    IndexerGet,

    /// <summary>An indexer write.</summary>
    IndexerSet,

    /// <summary>An event subscription.</summary>
    EventAdd,

    /// <summary>An event unsubscription.</summary>
    EventRemove,
}
