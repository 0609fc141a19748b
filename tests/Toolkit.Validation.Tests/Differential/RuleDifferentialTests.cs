using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// For every supported attribute, in every form and on every member type it accepts, the generated decorator reports
/// exactly what the DataAnnotations reference reports (same paths, same messages, same order), or throws the same
/// exception type where DataAnnotations itself throws, over seeded random objects in three cultures.
/// </summary>
public sealed class RuleDifferentialTests
{
    private static readonly IRuleDriver Driver = new ValidatingRuleDriver(new NullRuleDriver());

    [Fact]
    public void Required_matches_DataAnnotations() => Compare(random => random.Fill(new RequiredRules()), (d, v) => d.Required(v));

    [Fact]
    public void Range_with_int_and_double_limits_matches_DataAnnotations() => Compare(random => random.Fill(new RangeRules()), (d, v) => d.Range(v));

    [Fact]
    public void Range_with_int_limits_on_wide_and_fractional_types_matches_DataAnnotations_including_its_OverflowException()
        => Compare(random => random.Fill(new LossyRangeRules()), (d, v) => d.LossyRange(v));

    [Fact]
    public void Range_with_typed_limits_matches_DataAnnotations() => Compare(random => random.Fill(new TypedRangeRules()), (d, v) => d.TypedRange(v));

    [Fact]
    public void Range_with_typed_limits_on_text_matches_DataAnnotations() => Compare(random => random.Fill(new TypedRangeTextRules()), (d, v) => d.TypedRangeText(v));

    [Fact]
    public void Rules_whose_operand_never_matches_reject_every_value_like_DataAnnotations()
        => Compare(random => random.Fill(new MismatchedRules()), (d, v) => d.Mismatched(v), expectValid: false);

    [Fact]
    public void StringLength_MinLength_MaxLength_and_Length_match_DataAnnotations() => Compare(random => random.Fill(new LengthRules()), (d, v) => d.Lengths(v));

    [Fact]
    public void RegularExpression_matches_DataAnnotations() => Compare(random => random.Fill(new PatternRules()), (d, v) => d.Patterns(v));

    [Fact]
    public void AllowedValues_and_DeniedValues_match_DataAnnotations() => Compare(random => random.Fill(new ValueRules()), (d, v) => d.Values(v));

    [Fact]
    public void Base64String_matches_DataAnnotations() => Compare(random => random.Fill(new Base64Rules()), (d, v) => d.Base64(v));

    [Fact]
    public void Custom_attributes_type_level_attributes_and_IValidatableObject_match_DataAnnotations()
        => Compare(random => random.Fill(new CustomRules()), (d, v) => d.Custom(v));

    [Fact]
    public void Custom_error_messages_resources_and_display_names_match_DataAnnotations()
        => Compare(random => random.Fill(new MessageRules()), (d, v) => d.Messages(v));

    [Fact]
    public void Nested_objects_items_structs_and_cycles_match_the_recursive_reference() => Compare(random => random.Tree(), (d, v) => d.Nested(v));

    [Fact]
    public void Inherited_and_overridden_properties_match_DataAnnotations() => Compare(random => random.Fill(new DerivedRules()), (d, v) => d.Derived(v));

    [Fact]
    public void Messages_and_parsing_follow_the_current_culture_like_DataAnnotations()
        => Differential.Compare(random => random.Fill(new CultureRules()), value => Driver.Culture(value), cultures: [Cultures.German]);

    private static void Compare<T>(Func<RandomValues, T> create, Action<IRuleDriver, T> call, bool expectValid = true)
        where T : class
        => Differential.Compare(create, value => call(Driver, value), expectValid);
}
