using System.ComponentModel.DataAnnotations;
using Toolkit.Errors;
using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>
/// Every source of a failure message next to a [Sensitive] value: DataAnnotations' own messages are kept (they never
/// contain values); a message written by user code that could see the value (a custom attribute of any kind, a type-level
/// rule, IValidatableObject) is replaced by one that names the member and the rule.
/// </summary>
public sealed class SensitiveMessageTests
{
    private const string Secret = "bad-hunter2";

    private readonly ISecretsDriver _driver = new ValidatingSecretsDriver(new NullSecretsDriver());

    [Fact]
    public void Compare_on_a_sensitive_member_keeps_its_message_which_names_no_value()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Change(new PasswordChange { Confirmation = "different" })).Failures);
        Assert.Equal(("change.Confirmation", "Compare", "'Confirmation' and 'Password' do not match."), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void A_rule_overriding_only_IsValid_object_that_quotes_a_sensitive_property_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Change(new PasswordChange { Password = Secret, Confirmation = Secret })).Failures);
        Assert.Equal(("change.Password", "Echoing", Withheld("Password", "Echoing")), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void A_rule_overriding_only_IsValid_object_that_quotes_a_sensitive_parameter_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Unlock(Secret)).Failures);
        Assert.Equal(("pin", Withheld("pin", "Echoing")), (failure.Path, failure.Message));
    }

    [Fact]
    public void A_rule_overriding_only_IsValid_object_inside_a_sensitive_object_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Keep(new Vault { Key = Secret })).Failures);
        Assert.Equal(("vault.Key", Withheld("Key", "Echoing")), (failure.Path, failure.Message));
    }

    [Fact]
    public void DataAnnotations_messages_inside_a_sensitive_object_are_kept()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Keep(new Vault { Rotation = 0 })).Failures);
        Assert.Equal("The field Rotation must be between 1 and 10.", failure.Message);
    }

    [Fact]
    public void An_IValidatableObject_result_naming_a_sensitive_member_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Enroll(new Enrollment { Password = "bad" })).Failures);
        Assert.Equal(("enrollment.Password", "IValidatableObject", Withheld("Password", "IValidatableObject")), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void An_IValidatableObject_result_naming_no_member_of_an_object_with_a_sensitive_member_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Enroll(new Enrollment { Password = "password" })).Failures);
        Assert.Equal(("enrollment", Withheld("Enrollment", "IValidatableObject")), (failure.Path, failure.Message));
    }

    [Fact]
    public void A_type_level_rule_of_an_object_with_a_sensitive_member_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Enroll(new Enrollment { User = Secret, Password = Secret })).Failures);
        Assert.Equal(("enrollment", "NoDuplicates", Withheld("Enrollment", "NoDuplicates")), (failure.Path, failure.Rule, failure.Message));
    }

    [Fact]
    public void A_context_rule_result_naming_a_sensitive_sibling_is_replaced_for_every_member_it_names()
    {
        var failures = Rejected.By(() => _driver.Enroll(new Enrollment { Hint = "horse" })).Failures;
        Assert.Equal(
            [("enrollment.Hint", Withheld("Hint", "NotContainedIn")), ("enrollment.Password", Withheld("Password", "NotContainedIn"))],
            failures.Select(f => (f.Path, f.Message)));
    }

    [Fact]
    public void An_IValidatableObject_result_naming_only_plain_members_keeps_its_message()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Enroll(new Enrollment { User = "x" })).Failures);
        Assert.Equal(("enrollment.User", "A user name needs two characters or more."), (failure.Path, failure.Message));
    }

    [Fact]
    public void A_rule_on_a_member_whose_value_holds_a_sensitive_member_is_replaced()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Wrap(new Envelope { Inner = new Enrollment { User = "bad", Password = "correct horse" } })).Failures);
        Assert.Equal(("envelope.Inner", Withheld("Inner", "Echoing")), (failure.Path, failure.Message));
    }

    [Fact]
    public void Sensitive_on_a_positional_record_parameter_marks_its_property()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Sign(new Signature(Secret))).Failures);
        Assert.Equal(("signature.Key", Withheld("Key", "Echoing")), (failure.Path, failure.Message));
    }

    [Fact]
    public void A_rule_on_a_plain_member_keeps_the_message_its_author_wrote()
    {
        var failure = Assert.Single(Rejected.By(() => _driver.Wrap(new Envelope { Label = "bad label" })).Failures);
        Assert.Equal("Label does not accept 'bad label'.", failure.Message);
    }

    [Fact]
    public void No_message_failure_or_exception_text_carries_a_sensitive_value()
    {
        var errors = new DriverValidationException[]
        {
            Rejected.By(() => _driver.Change(new PasswordChange { Password = Secret, Confirmation = Secret + "!" })),
            Rejected.By(() => _driver.Unlock(Secret)),
            Rejected.By(() => _driver.Keep(new Vault { Key = Secret })),
            Rejected.By(() => _driver.Enroll(new Enrollment { Password = "bad" })),
            Rejected.By(() => _driver.Enroll(new Enrollment { User = Secret, Password = Secret })),
            Rejected.By(() => _driver.Enroll(new Enrollment { Password = Secret, Hint = "hunter" })),
            Rejected.By(() => _driver.Wrap(new Envelope { Inner = new Enrollment { User = "bad", Password = Secret } })),
        };

        foreach (var error in errors)
        {
            var text = error.Message + error + string.Join("\n", error.Failures) + string.Join("\n", error.Failures.Select(f => f.Message + f.Path + f.Rule));
            Assert.DoesNotContain("hunter", text, StringComparison.Ordinal);
        }
    }

    private static string Withheld(string name, string rule)
        => $"{name} does not satisfy the {rule} rule (its message is withheld because it may contain a [Sensitive] value).";

    private sealed class NullSecretsDriver : ISecretsDriver
    {
        public void Change(PasswordChange change) { }
        public void Unlock(string pin) { }
        public void Keep(Vault vault) { }
        public void Enroll(Enrollment enrollment) { }
        public void Wrap(Envelope envelope) { }
        public void Sign(Signature signature) { }
    }
}
