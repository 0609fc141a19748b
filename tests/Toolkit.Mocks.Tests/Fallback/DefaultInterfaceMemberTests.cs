using Toolkit.Mocking;
using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Fallback;

/// <summary>Default interface members call through to their default bodies, which call back into the mock.</summary>
public sealed class DefaultInterfaceMemberTests
{
    [Fact]
    public void Default_body_runs_and_uses_the_mocked_members()
    {
        var mock = new GreeterMock();
        mock.Setup.Name.Returns("Ada");

        Assert.Equal("Hello, Ada!", mock.Object.Greet("Hello"));
    }

    [Fact]
    public void Calls_made_by_default_bodies_are_recorded()
    {
        var mock = new GreeterMock();
        mock.Setup.Name.Returns("Bo");

        Assert.Equal("HEY, BO!", mock.Object.Shout());

        Verification.InOrder(mock.Verify.Shout(), mock.Verify.Greet("HEY"), mock.Verify.Name.Get());
    }

    [Fact]
    public void A_setup_replaces_the_default_body()
    {
        var mock = new GreeterMock();
        mock.Setup.Greet().Returns((greeting) => greeting + "?");

        Assert.Equal("Hi?", mock.Object.Greet("Hi"));
        Assert.Equal("HEY?", mock.Object.Shout());
    }

    [Fact]
    public void Strict_mode_still_runs_default_bodies_but_checks_abstract_members()
    {
        var mock = new GreeterMock(MockBehavior.Strict);
        var error = Assert.Throws<UnexpectedCallException>(() => mock.Object.Greet("Hi"));
        Assert.Equal("Name", error.Call);

        mock.Setup.Name.Returns("Cy");
        Assert.Equal("Hi, Cy!", mock.Object.Greet("Hi"));
    }
}
