namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>How an argument is kept in the call journal.</summary>
internal enum RecordingKind
{
    /// <summary>Stored as it is.</summary>
    Direct,

    /// <summary>A <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>, copied to <c>T[]</c> (spans cannot leave the stack).</summary>
    SpanToArray,

    /// <summary>A span of <c>char</c>, copied to a <c>string</c>.</summary>
    CharSpanToString,

    /// <summary>Not kept: an <c>out</c> parameter, a pointer, or a <c>ref struct</c> other than a span.</summary>
    None,
}
