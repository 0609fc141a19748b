namespace Toolkit.Validation.Tests.Fixtures;

/// <summary>Implementations that do nothing, behind the validating decorators under test.</summary>
internal sealed class NullRuleDriver : IRuleDriver
{
    public void Required(RequiredRules value) { }
    public void Range(RangeRules value) { }
    public void LossyRange(LossyRangeRules value) { }
    public void TypedRange(TypedRangeRules value) { }
    public void TypedRangeText(TypedRangeTextRules value) { }
    public void Mismatched(MismatchedRules value) { }
    public void Culture(CultureRules value) { }
    public void Lengths(LengthRules value) { }
    public void Patterns(PatternRules value) { }
    public void Values(ValueRules value) { }
    public void Base64(Base64Rules value) { }
    public void Custom(CustomRules value) { }
    public void Messages(MessageRules value) { }
    public void Nested(TreeNode value) { }
    public void Derived(DerivedRules value) { }
}

internal sealed class NullEdgeDriver : IEdgeDriver
{
    public void Inheritance(InheritanceChild value) { }
    public void Records(RecordLeaf value) { }
    public void Repeated(RepeatedRules value) { }
    public void Displayed(DisplayChild value) { }
    public void Results(ResultHolder value) { }
}

internal sealed class NullParameterDriver : IParameterDriver
{
    public void Run(string? required, int count, double? ratio, decimal price, string? name, int[]? values, List<int>? items, string? code, string? word, string? choice, int divisor, string? payload, int even, object? tag) { }
    public void Named(int pretty, int blank, int localized, int localizedBlank, string? shape, string? odd, string? dotted, string? word) { }
}
