using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Events;

/// <summary>Events record subscriptions and are raised with their own typed arguments.</summary>
public sealed class EventTests
{
    [Fact]
    public void Raise_calls_subscribers_with_typed_arguments()
    {
        var mock = new ShellDriverMock();
        var lines = new List<string>();
        mock.Object.Output += (sender, line) => lines.Add(line);

        mock.Raise.Output(mock, "hello");

        Assert.Equal(["hello"], lines);
    }

    [Fact]
    public void Unsubscribed_handler_is_not_called()
    {
        var mock = new ShellDriverMock();
        var calls = 0;
        EventHandler<string> handler = (_, _) => calls++;
        mock.Object.Output += handler;
        mock.Object.Output -= handler;

        mock.Raise.Output(null, "x");

        Assert.Equal(0, calls);
    }

    [Fact]
    public void Raise_without_subscribers_does_nothing()
        => new ShellDriverMock().Raise.Output(null, "nobody listens");

    [Fact]
    public void Subscriptions_are_recorded_and_verifiable()
    {
        var mock = new ShellDriverMock();
        EventHandler<string> handler = (_, _) => { };
        mock.Object.Output += handler;
        mock.Object.Output -= handler;

        mock.Verify.Output.Subscribe().Once();
        mock.Verify.Output.Subscribe(handler).Once();
        mock.Verify.Output.Unsubscribe().Once();
    }

    [Fact]
    public void Events_of_other_delegate_shapes()
    {
        var mock = new EventsMock();
        var progress = new List<(int, string)>();
        mock.Object.Progress += (percent, stage) => progress.Add((percent, stage));
        mock.Object.Validate += value => value > 0;
        var changed = false;
        mock.Object.Changed += (_, _) => changed = true;

        mock.Raise.Progress(50, "copying");
        var valid = mock.Raise.Validate(3);
        mock.Raise.Changed(null, EventArgs.Empty);

        Assert.Equal([(50, "copying")], progress);
        Assert.True(valid);
        Assert.True(changed);
        Assert.False(new EventsMock().Raise.Validate(3));
    }

    [Fact]
    public void Subscription_setup_runs_a_callback()
    {
        var mock = new ShellDriverMock();
        var subscribed = 0;
        mock.Setup.Output.Subscribe().Callback(_ => subscribed++);

        mock.Object.Output += (_, _) => { };

        Assert.Equal(1, subscribed);
    }
}
