namespace Toolkit.Generators.Model;

/// <summary>Framework types generated code treats specially (loose defaults, async shortcuts, spans).</summary>
internal enum WellKnownType
{
    None,
    Void,
    Object,
    String,
    Boolean,
    Char,
    /// <summary>Any numeric primitive, <c>decimal</c>, <c>nint</c> or <c>nuint</c>.</summary>
    Numeric,
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
    AsyncEnumerableOfT,
    AsyncEnumeratorOfT,
    Enumerable,
    EnumerableOfT,
    Enumerator,
    EnumeratorOfT,
    Array,
    SpanOfT,
    ReadOnlySpanOfT,
    NullableOfT,
    CancellationToken,
}
