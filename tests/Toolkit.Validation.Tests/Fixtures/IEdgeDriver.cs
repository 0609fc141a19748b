namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>The edges of DataAnnotations' semantics: inheritance, repeated attributes, display names, result shapes.</summary>
[GenerateValidation]
public partial interface IEdgeDriver
{
    void Inheritance(InheritanceChild value);

    void Records(RecordLeaf value);

    void Repeated(RepeatedRules value);

    void Displayed(DisplayChild value);

    void Results(ResultHolder value);
}
