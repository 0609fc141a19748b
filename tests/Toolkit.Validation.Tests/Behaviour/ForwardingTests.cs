using Toolkit.Validation.Tests.Fixtures;

namespace Toolkit.Validation.Tests.Behaviour;

/// <summary>The decorator only adds checks: valid calls reach the implementation unchanged, invalid ones never do.</summary>
public sealed class ForwardingTests
{
    private readonly RecordingAccountDriver _inner = new();

    private IAccountDriver Driver => new ValidatingAccountDriver(_inner);

    [Fact]
    public void An_invalid_call_does_not_reach_the_implementation()
    {
        Rejected.By(() => Driver.LoginAsync("ada", "short", CancellationToken.None));
        Assert.Equal(0, _inner.Calls);
    }

    [Fact]
    public async Task A_valid_call_reaches_the_implementation_and_returns_its_result()
    {
        Assert.Equal(42, await Driver.RegisterAsync(new Credentials()));
        Assert.Equal(1, _inner.Calls);
    }

    [Fact]
    public void An_async_method_throws_when_called_not_when_awaited()
    {
        // Argument errors are usage errors: they surface at the call, before any task exists.
        var call = () => { _ = Driver.LoginAsync("", "correct horse battery", CancellationToken.None); };
        Rejected.By(call);
    }

    [Fact]
    public void An_async_stream_is_validated_when_the_method_is_called_not_when_it_is_enumerated()
        => Rejected.By(() => { _ = Driver.StreamAsync(101); });

    [Fact]
    public void A_ref_argument_is_validated_then_passed_by_reference()
    {
        var level = 3;
        Driver.Update(ref level, "upgrade");
        Assert.Equal(4, level);
    }

    [Fact]
    public void A_ref_argument_out_of_range_is_rejected()
    {
        var level = 11;
        var error = Rejected.By(() => Driver.Update(ref level, "upgrade"));
        Assert.Equal("level", Assert.Single(error.Failures).Path);
    }

    [Fact]
    public void An_out_parameter_is_not_validated_and_is_assigned_by_the_implementation()
    {
        Assert.True(Driver.TryFind("abc", out var value));
        Assert.Equal("abc!", value);
    }

    [Fact]
    public void A_generic_method_argument_is_validated()
    {
        var error = Rejected.By(() => Driver.Echo<string?>(null));
        Assert.Equal(("value", "Required"), (Assert.Single(error.Failures).Path, error.Failures[0].Rule));
    }

    [Fact]
    public void Members_without_rules_are_forwarded()
    {
        var driver = Driver;
        driver.Timeout = 30;
        var raised = 0;
        driver.Changed += (_, _) => raised++;
        _inner.Raise();
        Assert.Equal((30, 1, "note"), (_inner.Timeout, raised, driver.Describe("note", null, null)));
    }

    [Fact]
    public void Disposing_the_decorator_disposes_the_implementation()
    {
        ((IDisposable)Driver).Dispose();
        Assert.Equal(1, _inner.Disposals);
    }

    [Fact]
    public async Task Disposing_the_decorator_asynchronously_disposes_the_implementation()
    {
        await ((IAsyncDisposable)Driver).DisposeAsync();
        Assert.Equal(1, _inner.Disposals);
    }

    [Fact]
    public void The_constructor_rejects_a_null_implementation()
        => Assert.Throws<ArgumentNullException>(() => new ValidatingAccountDriver(null!));
}
