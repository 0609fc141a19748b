using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Verifying;

/// <summary>Mock messages end up in test logs, so a <c>[Sensitive]</c> argument is written as <c>***</c> there.</summary>
public sealed class RedactionTests
{
    [Fact]
    public void Verification_failure_lists_the_call_without_the_sensitive_value()
    {
        var mock = new CredentialStoreMock();
        mock.Object.Login("bob", "hunter2");

        var error = Assert.Throws<MockVerificationException>(() => mock.Verify.Login("alice").Once());

        Assert.Contains("#1 Login(\"bob\", ***)", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Strict_failure_names_the_call_without_the_sensitive_value()
    {
        var mock = new CredentialStoreMock(MockBehavior.Strict);
        mock.Setup.Login("bob", "correct horse").Returns(true);

        var error = Assert.Throws<UnexpectedCallException>(() => mock.Object.Login("bob", "hunter2"));

        Assert.Equal("Login(\"bob\", ***)", error.Call);
        Assert.DoesNotContain("hunter2", error.Message);
        Assert.DoesNotContain("correct horse", error.Message);
    }

    [Fact]
    public void Typed_calls_still_carry_the_real_value_for_assertions()
    {
        var mock = new CredentialStoreMock();
        mock.Object.Login("bob", "hunter2");

        Assert.Equal("hunter2", mock.Verify.Login().Calls.Single().Password);
    }
}
