namespace Toolkit.Mocking;

/// <summary>How an <see cref="Arg{T}"/> decides.</summary>
internal enum ArgKind : byte
{
    Any,
    Value,
    Matcher,
}
