using Toolkit.Validation.Tests.Fixtures;
using Toolkit.Validation.Tests.Samples;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>How null arguments and null members are treated.</summary>
public sealed class NullTests
{
    private readonly RecordingAccountDriver _inner = new();

    private IAccountDriver Driver => new ValidatingAccountDriver(_inner);

    [Fact]
    public void Null_for_a_non_nullable_reference_parameter_is_a_NotNull_failure()
    {
        var error = Rejected.By(() => Driver.RegisterAsync(null!));
        var failure = Assert.Single(error.Failures);
        Assert.Equal(("credentials", "NotNull", "The credentials argument must not be null."), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void Null_for_nullable_parameters_passes()
    {
        Driver.Describe(null, null, null);
        Assert.Equal(1, _inner.Calls);
    }

    [Fact]
    public void Null_for_a_Required_parameter_is_reported_once_as_Required()
    {
        var error = Rejected.By(() => Driver.LoginAsync(null!, "correct horse", CancellationToken.None));
        Assert.Equal(("user", "Required"), (Assert.Single(error.Failures).Path, error.Failures[0].Rule));
    }

    [Fact]
    public void Null_for_an_in_parameter_is_reported()
    {
        var level = 1;
        var error = Rejected.By(() => Driver.Update(ref level, null!));
        Assert.Equal("reason", Assert.Single(error.Failures).Path);
    }

    [Fact]
    public void A_null_nested_object_is_not_descended_into_and_only_its_Required_rule_fails()
    {
        var config = SampleInputs.Valid() with { Resources = null };
        var error = Rejected.By(() => new ValidatingSampleDriver(new RecordingSampleDriver()).CreateAsync(config, default));
        Assert.Equal(("config.Resources", "Required"), (Assert.Single(error.Failures).Path, error.Failures[0].Rule));
    }

    [Fact]
    public void Null_items_of_a_validated_collection_are_skipped()
    {
        var inner = new RecordingSampleDriver();
        new ValidatingSampleDriver(inner).Publish([null!, new PortMapping()]);
        Assert.Equal(1, inner.Calls);
    }
}
