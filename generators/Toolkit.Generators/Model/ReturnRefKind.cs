namespace Toolkit.Generators.Model;

/// <summary>How a method or property returns its value.</summary>
internal enum ReturnRefKind
{
    None,
    Ref,
    RefReadOnly,
}
