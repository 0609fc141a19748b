using Microsoft.Extensions.Logging;
using Toolkit.Decorators.Tests.Prototype;
using Toolkit.Decorators.Tests.Support;
using Toolkit.Tracking;

namespace Toolkit.Decorators.Tests.Tracking;

[Collection(TelemetryCollection.Name)]
public sealed class TrackingRedactionTests
{
    private const string Secret = "hunter2-secret";

    [Fact]
    public async Task The_implementation_still_receives_the_sensitive_value()
    {
        string? received = null;
        var inner = new FakeSampleDriver { OnLogin = (_, password, _) => { received = password; return Task.CompletedTask; } };
        var driver = new TrackingSampleDriver(inner, new InMemoryCallSink(), null, null);

        await driver.LoginAsync("bob", Secret, CancellationToken.None);

        Assert.Equal(Secret, received);
    }

    [Fact]
    public async Task The_sink_records_a_sensitive_argument_as_redacted()
    {
        var sink = new InMemoryCallSink();
        var driver = new TrackingSampleDriver(new FakeSampleDriver(), sink, null, null);

        await driver.LoginAsync("bob", Secret, CancellationToken.None);

        var call = Assert.Single(sink.Calls);
        Assert.Equal("bob", call.Arguments["user"]);
        Assert.Same(ArgumentText.Redacted, call.Arguments["password"]);
        Assert.Equal("***", call.Arguments["password"]?.ToString());
        Assert.DoesNotContain(Secret, call.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Span_tags_never_carry_a_sensitive_argument()
    {
        using var recorder = new ActivityRecorder(TrackingSampleDriver.TelemetryName);
        var driver = new TrackingSampleDriver(new FakeSampleDriver());

        await driver.LoginAsync("bob", Secret, CancellationToken.None);

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("bob", activity.GetTagItem("toolkit.driver.argument.user"));
        Assert.Equal("***", activity.GetTagItem("toolkit.driver.argument.password"));
        Assert.DoesNotContain(activity.TagObjects, tag => tag.Value?.ToString()?.Contains(Secret, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Log_lines_never_carry_a_sensitive_argument_on_success_or_failure()
    {
        var provider = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        var logger = factory.CreateLogger("test");
        var failing = new FakeSampleDriver { OnLogin = (_, _, _) => Task.FromException(new UnauthorizedAccessException("denied")) };

        await new TrackingSampleDriver(new FakeSampleDriver(), null, logger, null).LoginAsync("bob", Secret, CancellationToken.None);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => new TrackingSampleDriver(failing, null, logger, null).LoginAsync("bob", Secret, CancellationToken.None));

        Assert.Equal(2, provider.Entries.Count);
        Assert.All(provider.Entries, entry =>
        {
            Assert.Contains("password: ***", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(entry.Fields.Values, value => value?.ToString()?.Contains(Secret, StringComparison.Ordinal) == true);
        });
    }
}
