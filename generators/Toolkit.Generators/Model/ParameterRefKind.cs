namespace Toolkit.Generators.Model;

/// <summary>How a parameter is passed.</summary>
internal enum ParameterRefKind
{
    None,
    Ref,
    Out,
    In,
    RefReadOnly,
}
