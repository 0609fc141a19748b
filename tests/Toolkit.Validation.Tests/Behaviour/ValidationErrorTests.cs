using Toolkit.Errors;
using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>What a caller sees when arguments fail: one non-retryable DriverValidationException listing every failure.</summary>
public sealed class ValidationErrorTests
{
    private readonly RecordingAccountDriver _inner = new();

    private IAccountDriver Driver => new ValidatingAccountDriver(_inner);

    [Fact]
    public void Invalid_arguments_throw_a_DriverValidationException_with_code_VALIDATION_FAILED()
    {
        var error = Rejected.By(() => Driver.StreamAsync(0));
        Assert.Equal(DriverErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public void The_error_is_not_retryable()
    {
        var error = Rejected.By(() => Driver.StreamAsync(0));
        Assert.False(error.IsRetryable);
        Assert.False(DriverErrors.IsRetryable(error));
    }

    [Fact]
    public void The_error_names_the_driver_and_the_operation()
    {
        var error = Rejected.By(() => Driver.StreamAsync(0));
        Assert.Equal(("account", "StreamAsync"), (error.Driver, error.Operation));
    }

    [Fact]
    public void The_error_lists_every_failure_not_only_the_first()
    {
        var error = Rejected.By(() => Driver.LoginAsync(" ", "short", CancellationToken.None));
        Assert.Equal(["user", "password"], error.Failures.Select(f => f.Path));
    }

    [Fact]
    public void A_failure_carries_the_member_path_the_rule_and_the_DataAnnotations_message()
    {
        var error = Rejected.By(() => Driver.RegisterAsync(new Credentials { User = "" }));
        var failure = Assert.Single(error.Failures);
        Assert.Equal(("credentials.User", "Required", "The User field is required."), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void The_message_lists_each_failure_with_its_path_and_rule()
    {
        var error = Rejected.By(() => Driver.LoginAsync("", "short", CancellationToken.None));
        Assert.Contains("account.LoginAsync", error.Message, StringComparison.Ordinal);
        Assert.Contains("- user: The user field is required. [Required]", error.Message, StringComparison.Ordinal);
        Assert.Contains("- password: The field password must be a string or array type with a minimum length of '8'. [MinLength]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_rule_is_named_after_its_attribute_without_the_suffix()
    {
        var error = Rejected.By(() => Driver.Store(new Secrets { ApiKey = "my password" }));
        Assert.Equal("Secret", Assert.Single(error.Failures).Rule);
    }

    [Fact]
    public void A_failure_from_IValidatableObject_is_named_IValidatableObject()
    {
        var error = Rejected.By(() => Driver.Store(new Secrets { ApiKey = "leak" }));
        Assert.Equal(ValidationRules.ValidatableObject, Assert.Single(error.Failures).Rule);
    }

    [Fact]
    public void The_exception_rejects_an_empty_failure_list()
        => Assert.Throws<ArgumentException>(() => new DriverValidationException("shell", "Run", []));
}
