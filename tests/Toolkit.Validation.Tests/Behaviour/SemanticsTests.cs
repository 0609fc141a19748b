using Toolkit.Validation.Tests.Fixtures;
using Toolkit.Validation.Tests.Samples;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>DataAnnotations semantics the generated code keeps, one per test (the differential tests cover them in bulk).</summary>
public sealed class SemanticsTests
{
    private static List<ValidationFailure> Failures(ContainerConfig config)
        => Rejected.By(() => new ValidatingSampleDriver(new RecordingSampleDriver()).CreateAsync(config, default)).Failures.ToList();

    [Fact]
    public void A_nested_member_failure_path_includes_the_parameter_and_every_member()
        => Assert.Equal("config.Resources.MemoryMb", Assert.Single(Failures(SampleInputs.Valid() with { Resources = new ResourceLimits { MemoryMb = 1 } })).Path);

    [Fact]
    public void An_item_failure_path_includes_the_item_index()
    {
        var config = SampleInputs.Valid() with { Ports = [new PortMapping(), new PortMapping { HostPort = -1 }] };
        Assert.Equal("config.Ports[1].HostPort", Assert.Single(Failures(config)).Path);
    }

    [Fact]
    public void A_Required_failure_skips_the_other_rules_of_that_member()
        => Assert.Equal(["Required"], Failures(SampleInputs.Valid() with { Name = "" }).Select(f => f.Rule));

    [Fact]
    public void The_regex_rule_needs_its_first_match_to_cover_the_whole_value()
        => Assert.Equal("config.Hostname", Assert.Single(Failures(SampleInputs.Valid() with { Hostname = "web_1" })).Path);

    [Fact]
    public void IValidatableObject_runs_when_every_member_passes()
    {
        var config = SampleInputs.Valid() with { Resources = new ResourceLimits { MemoryMb = 100, MemoryReservationMb = 200 } };
        Assert.Equal(("config.Resources", "IValidatableObject"), (Assert.Single(Failures(config)).Path, Failures(config)[0].Rule));
    }

    [Fact]
    public void IValidatableObject_does_not_run_when_a_member_fails()
    {
        var config = SampleInputs.Valid() with { Image = "", Resources = new ResourceLimits { MemoryMb = 100, MemoryReservationMb = 200 } };
        Assert.Equal(["config.Image"], Failures(config).Select(f => f.Path));
    }

    [Fact]
    public void A_custom_rule_sees_its_object_through_the_validation_context()
        => Assert.Equal("The network 'web-1' must differ from the container name.", Assert.Single(Failures(SampleInputs.Valid() with { Network = "web-1" })).Message);

    [Fact]
    public void An_object_that_contains_itself_is_validated_once()
    {
        var node = new TreeNode { Name = "" };
        node.Parent = node;
        var error = Rejected.By(() => new ValidatingRuleDriver(new NullRuleDriver()).Nested(node));
        Assert.Equal("value.Name", Assert.Single(error.Failures).Path);
    }
}
