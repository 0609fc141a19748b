using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// Where DataAnnotations' semantics are least obvious (inheritance, repeated attributes, display names, results naming
/// odd members), the generated decorator reports exactly what the reference reports, in three cultures.
/// </summary>
public sealed class EdgeDifferentialTests
{
    private static readonly IEdgeDriver Driver = new ValidatingEdgeDriver(new NullEdgeDriver());

    [Fact]
    public void Base_class_rules_overrides_new_members_and_interface_rules_match_DataAnnotations()
        => Differential.Compare(random => random.Fill(new InheritanceChild()), Driver.Inheritance);

    [Fact]
    public void Base_records_with_a_new_virtual_member_and_its_override_match_DataAnnotations()
        => Differential.Compare(random => random.Fill(new RecordLeaf()), Driver.Records);

    [Fact]
    public void Repeated_attributes_and_rules_shared_with_the_member_type_match_DataAnnotations()
        => Differential.Compare(random => random.Fill(new RepeatedRules()), Driver.Repeated);

    [Fact]
    public void Display_names_on_classes_base_classes_properties_empty_and_localized_match_DataAnnotations()
        => Differential.Compare(
            random =>
            {
                var value = random.Fill(new DisplayChild());
                random.Fill(value.Blanked);
                random.Fill(value.Translated);
                random.Fill(value.Open);
                return value;
            },
            Driver.Displayed);

    [Fact]
    public void Results_naming_indexes_empty_names_several_members_or_none_match_DataAnnotations()
        => Differential.Compare(
            random =>
            {
                var holder = new ResultHolder();
                random.Fill(holder.Single);
                for (var i = random.Next(4); i > 0; i--)
                {
                    holder.Items.Add(random.Chance(10) ? null : random.Fill(new ResultShapes()));
                }

                return holder;
            },
            Driver.Results);
}
