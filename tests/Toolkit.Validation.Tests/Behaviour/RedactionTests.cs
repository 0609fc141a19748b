using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>
/// A [Sensitive] value never appears in a failure: messages written by user code (custom attributes that see the value,
/// IValidatableObject) for a sensitive member, or anywhere inside a sensitive object, are replaced by one that names the
/// member and the rule; DataAnnotations' own messages never contain values and are kept. SensitiveMessageTests covers
/// every other source.
/// </summary>
public sealed class RedactionTests
{
    private const string Secret = "hunter2-password";

    private readonly IAccountDriver _driver = new ValidatingAccountDriver(new RecordingAccountDriver());

    [Fact]
    public void A_custom_rule_message_for_a_sensitive_parameter_is_replaced()
    {
        var error = Rejected.By(() => _driver.LoginAsync("ada", Secret, CancellationToken.None));
        var failure = Assert.Single(error.Failures);
        Assert.Equal(("password", "Secret", "password does not satisfy the Secret rule (its message is withheld because it may contain a [Sensitive] value)."), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void A_custom_rule_message_for_a_sensitive_property_is_replaced()
    {
        var error = Rejected.By(() => _driver.RegisterAsync(new Credentials { Password = Secret }));
        var failure = Assert.Single(error.Failures);
        Assert.Equal(("credentials.Password", "Password does not satisfy the Secret rule (its message is withheld because it may contain a [Sensitive] value)."), (failure.Path, failure.Message));
    }

    [Fact]
    public void A_custom_rule_message_for_a_member_that_is_not_sensitive_is_kept()
    {
        var error = Rejected.By(() => _driver.RegisterAsync(new Credentials { Hint = "my password" }));
        Assert.Equal("'my password' is a guessable secret.", Assert.Single(error.Failures).Message);
    }

    [Fact]
    public void Custom_rule_messages_inside_a_sensitive_object_are_replaced()
    {
        var error = Rejected.By(() => _driver.Store(new Secrets { ApiKey = Secret }));
        Assert.Equal(("secrets.ApiKey", "ApiKey does not satisfy the Secret rule (its message is withheld because it may contain a [Sensitive] value)."), (Assert.Single(error.Failures).Path, error.Failures[0].Message));
    }

    [Fact]
    public void IValidatableObject_messages_inside_a_sensitive_object_are_replaced()
    {
        var error = Rejected.By(() => _driver.Store(new Secrets { ApiKey = "leak" }));
        Assert.DoesNotContain("leak", Assert.Single(error.Failures).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataAnnotations_messages_for_a_sensitive_member_are_kept_because_they_never_contain_the_value()
    {
        var error = Rejected.By(() => _driver.LoginAsync("ada", "short", CancellationToken.None));
        Assert.Equal("The field password must be a string or array type with a minimum length of '8'.", Assert.Single(error.Failures).Message);
    }

    [Fact]
    public void The_exception_text_never_contains_a_sensitive_value()
    {
        var error = Rejected.By(() => _driver.LoginAsync("", Secret, CancellationToken.None));
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }
}
