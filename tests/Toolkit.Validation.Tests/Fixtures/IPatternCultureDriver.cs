using System.ComponentModel.DataAnnotations;

namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>
/// A culture-sensitive pattern (<c>(?i)</c> matches i, I and İ differently in invariant, German and Turkish) on a
/// parameter, on a property, and on a base property shared by two validated types. Used by one test class only, so
/// which call comes first is under its control.
/// </summary>
[GenerateValidation]
public partial interface IPatternCultureDriver
{
    void Warm([Range(1, 10)] int count);

    void Match(CasePattern value);

    void MatchParameter([RegularExpression("(?i)^i+$")] string? value);

    void MatchChild(CasePatternChild value);

    void MatchBase(CasePatternBase value);
}

public sealed class CasePattern
{
    [RegularExpression("(?i)^i+$")] public string? Text { get; set; }
}

public class CasePatternBase
{
    [RegularExpression("(?i)^i+$")] public string? Text { get; set; }
}

public sealed class CasePatternChild : CasePatternBase;
