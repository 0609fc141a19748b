using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>
/// DataAnnotations' rules for inheritance, repeated attributes, display names and paths, one per test with the literal
/// result (EdgeDifferentialTests compares them with the reference in bulk).
/// </summary>
public sealed class InheritanceAndNamingTests
{
    private readonly IEdgeDriver _edges = new ValidatingEdgeDriver(new NullEdgeDriver());

    [Fact]
    public void Type_level_rules_come_from_the_class_its_base_classes_and_its_interfaces_in_runtime_order()
        => Assert.Equal(
            [("value.Kind", "InheritanceChild (InheritanceChild) rejects Kind = a."), ("value", "InheritanceChild (InheritanceChild) rejects Kind = a.")],
            Failures(() => _edges.Inheritance(new InheritanceChild { Kind = "a" })));

    [Fact]
    public void A_derived_type_level_rule_replaces_its_base_class_rule_of_the_same_TypeId()
        => Assert.Empty(Failures(() => _edges.Inheritance(new InheritanceChild { Kind = "ab" })));

    [Fact]
    public void The_rules_of_an_overridden_property_run_base_first()
        => Assert.Equal(
            [("value.Depth", "The field Depth must be between 0 and 9."), ("value.Depth", "Depth must be even.")],
            Failures(() => _edges.Records(new RecordLeaf { Depth = 11 })));

    [Fact]
    public void A_property_hidden_with_new_keeps_the_base_property_rules_before_its_own()
        => Assert.Equal(
            [("value.Hidden", "Hidden must not be 'abcd'."), ("value.Hidden", "The field Hidden must be a string or array type with a maximum length of '3'.")],
            Failures(() => _edges.Inheritance(new InheritanceChild { Hidden = "abcd" })));

    [Fact]
    public void A_base_property_hidden_by_a_setter_only_property_is_still_validated()
    {
        var child = new InheritanceChild();
        ((InheritanceBase)child).HiddenBySetter = 1;
        Assert.Equal([("value.HiddenBySetter", "The field HiddenBySetter must be between 5 and 6.")], Failures(() => _edges.Inheritance(child)));
    }

    [Fact]
    public void A_repeated_attribute_runs_its_last_instance_in_the_position_of_the_first()
        => Assert.Equal(
            [("value.Word", "Word must not be 'abcd'."), ("value.Word", "The field Word must be a string or array type with a maximum length of '2'.")],
            Failures(() => _edges.Repeated(new RepeatedRules { Word = "abcd" })));

    [Fact]
    public void An_empty_display_name_gives_the_object_type_name()
        => Assert.Equal([("value.Blank", "The field DisplayChild must be between 1 and 10.")], Failures(() => _edges.Displayed(new DisplayChild { Blank = 0 })));

    [Fact]
    public void A_base_class_display_name_names_the_object_in_type_level_rules()
        => Assert.Equal([("value", "Shown base rejects Label = a once.")], Failures(() => _edges.Displayed(new DisplayChild { Label = "a" })));

    [Fact]
    public void A_base_class_display_name_names_the_object_in_the_IValidatableObject_context()
        => Assert.Equal([("value.Label", "Shown base (DisplayChild) rejects ab.")], Failures(() => _edges.Displayed(new DisplayChild { Label = "ab" })));

    [Fact]
    public void A_result_naming_a_member_that_starts_with_a_bracket_is_joined_with_a_dot()
    {
        var holder = new ResultHolder();
        holder.Single.Named = "a";
        Assert.Equal([("value.Single.[1]", "names an index")], Failures(() => _edges.Results(holder)));
    }

    [Fact]
    public void A_parameter_rule_result_that_names_no_member_is_at_the_parameter_path()
    {
        IParameterDriver driver = new ValidatingParameterDriver(new NullParameterDriver());
        Assert.Equal([("shape", "shape without members")], Failures(() => driver.Named(2, 2, 2, 2, "no-members", "ok", "i", "ab")));
    }

    private static List<(string Path, string Message)> Failures(Action call)
        => Differential.Outcome.Of(call);
}
